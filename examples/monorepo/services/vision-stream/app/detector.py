"""Shelf-camera object detection: finds empty facings and misplaced products in a frame."""

import cv2
import numpy as np
import torch
from torchvision.models.detection import FasterRCNN_MobileNet_V3_Large_FPN_Weights, fasterrcnn_mobilenet_v3_large_fpn

LABELS = FasterRCNN_MobileNet_V3_Large_FPN_Weights.DEFAULT.meta["categories"]


class ShelfDetector:
    def __init__(self, weights_path: str, score_threshold: float = 0.55) -> None:
        self.device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
        self.model = fasterrcnn_mobilenet_v3_large_fpn(weights=None, num_classes=len(LABELS))
        self.model.load_state_dict(torch.load(weights_path, map_location=self.device))
        self.model.to(self.device).eval()
        self.score_threshold = score_threshold

    def decode(self, jpeg: bytes) -> np.ndarray:
        frame = cv2.imdecode(np.frombuffer(jpeg, dtype=np.uint8), cv2.IMREAD_COLOR)
        if frame is None:
            raise ValueError("not a JPEG frame")
        frame = cv2.resize(frame, (640, 480), interpolation=cv2.INTER_AREA)
        return cv2.cvtColor(frame, cv2.COLOR_BGR2RGB)

    @torch.inference_mode()
    def detect(self, jpeg: bytes) -> list[dict]:
        frame = self.decode(jpeg)
        tensor = torch.from_numpy(frame).permute(2, 0, 1).float().div(255).to(self.device)
        output = self.model([tensor])[0]
        detections = []
        for box, label, score in zip(output["boxes"], output["labels"], output["scores"]):
            if float(score) < self.score_threshold:
                continue
            detections.append(
                {
                    "label": LABELS[int(label)],
                    "score": round(float(score), 3),
                    "box": [round(float(v), 1) for v in box.tolist()],
                }
            )
        return detections
