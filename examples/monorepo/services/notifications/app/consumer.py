"""Reads order events from Kafka and hands them to the hub."""

import logging

from aiokafka import AIOKafkaConsumer
from google.protobuf.json_format import MessageToDict

from app.gen.edge.v1 import edge_pb2
from app.hub import Hub

log = logging.getLogger(__name__)


async def consume(hub: Hub, bootstrap_servers: str, topic: str = "orders.events.v1") -> None:
    consumer = AIOKafkaConsumer(
        topic,
        bootstrap_servers=bootstrap_servers,
        group_id=None,
        auto_offset_reset="latest",
    )
    await consumer.start()
    try:
        async for record in consumer:
            event = edge_pb2.OrderEvent()
            event.ParseFromString(record.value)
            payload = MessageToDict(event, preserving_proto_field_name=True)
            delivered = hub.publish(event.customer_id, payload)
            log.debug("order %s: %d connections", event.order_id, delivered)
    finally:
        await consumer.stop()
