"""Fan-out of order events to every connected browser of the order's customer."""

import asyncio
from collections import defaultdict


class Hub:
    def __init__(self, queue_size: int = 64) -> None:
        self._subscribers: dict[str, set[asyncio.Queue[dict]]] = defaultdict(set)
        self._queue_size = queue_size

    def subscribe(self, customer_id: str) -> asyncio.Queue[dict]:
        queue: asyncio.Queue[dict] = asyncio.Queue(maxsize=self._queue_size)
        self._subscribers[customer_id].add(queue)
        return queue

    def unsubscribe(self, customer_id: str, queue: asyncio.Queue[dict]) -> None:
        subscribers = self._subscribers.get(customer_id)
        if subscribers is None:
            return
        subscribers.discard(queue)
        if not subscribers:
            del self._subscribers[customer_id]

    def publish(self, customer_id: str, event: dict) -> int:
        delivered = 0
        for queue in list(self._subscribers.get(customer_id, ())):
            if queue.full():
                # A slow browser loses its oldest update rather than stalling everyone else.
                queue.get_nowait()
            queue.put_nowait(event)
            delivered += 1
        return delivered

    @property
    def connections(self) -> int:
        return sum(len(s) for s in self._subscribers.values())
