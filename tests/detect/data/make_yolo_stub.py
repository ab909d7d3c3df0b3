#!/usr/bin/env python3
"""Writes yolo_stub.onnx: a tiny stand-in for a user's YOLOv8-style model, for the detector's
custom-model test. Input [1,3,320,320]; output [1,84,100]: a hundred identical candidates at centre
(160, 160), size 64x32 input pixels, class 0 (person) score 0.9 - whatever the picture.
Regenerate with Debian's python3-onnx: /usr/bin/python3 make_yolo_stub.py
"""

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

bias = np.zeros(84, np.float32)
bias[:4] = [160, 160, 64, 32]
bias[4] = 0.9
nodes = [
    helper.make_node("AveragePool", ["images"], ["pooled"], kernel_shape=[32, 32], strides=[32, 32]),
    helper.make_node("Conv", ["pooled", "w", "b"], ["candidates"], kernel_shape=[1, 1]),
    helper.make_node("Reshape", ["candidates", "shape"], ["output0"]),
]
graph = helper.make_graph(
    nodes, "yolo_stub",
    [helper.make_tensor_value_info("images", TensorProto.FLOAT, [1, 3, 320, 320])],
    [helper.make_tensor_value_info("output0", TensorProto.FLOAT, [1, 84, 100])],
    [numpy_helper.from_array(np.zeros((84, 3, 1, 1), np.float32), "w"),
     numpy_helper.from_array(bias, "b"),
     numpy_helper.from_array(np.array([1, 84, 100], np.int64), "shape")])
model = helper.make_model(graph, producer_name="vigil-tests",
                          opset_imports=[helper.make_opsetid("", 9)])
model.ir_version = 4
onnx.checker.check_model(model)
onnx.save(model, "yolo_stub.onnx")
