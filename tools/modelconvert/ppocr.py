"""Graph fixes that make PaddleOCR's PP-OCRv4 text detector (ONNX, opset 11) load in OpenCV 4.6.

As shipped it fails with "Clip ... node_proto.input_size() == 1": OpenCV 4.6 reads Clip bounds
only from attributes, while opset 11 passes them as inputs. Each Clip with constant bounds
[lo, hi] is rewritten in operators OpenCV handles, keeping a valid opset-11 graph:

    Clip(x, lo, hi) = lo + (hi - lo) * HardSigmoid(x, alpha = 1 / (hi - lo), beta = -lo / (hi - lo))

and the dynamic input is fixed to a static [1, 3, S, S].

The recogniser needs more surgery (shape subgraphs folded into constants, LayerNorm constants
tiled); it is not converted yet.
"""

import numpy as np
import onnx
from onnx import helper, numpy_helper


class GraphFixError(Exception):
    pass


def _constant_values(model):
    values = {i.name: numpy_helper.to_array(i) for i in model.graph.initializer}
    for node in model.graph.node:
        if node.op_type == "Constant":
            for attr in node.attribute:
                if attr.name == "value":
                    values[node.output[0]] = numpy_helper.to_array(attr.t)
    return values


def _rewrite_clips(model):
    constants = _constant_values(model)
    nodes = []
    rewritten = 0
    for node in model.graph.node:
        if node.op_type != "Clip" or len(node.input) == 1:
            nodes.append(node)
            continue
        try:
            lo = float(constants[node.input[1]])
            hi = float(constants[node.input[2]])
        except KeyError:
            raise GraphFixError(f"Clip {node.name}: bounds are not constants")
        if hi <= lo:
            raise GraphFixError(f"Clip {node.name}: empty range [{lo}, {hi}]")
        x, y = node.input[0], node.output[0]
        span = hi - lo
        hard = y + "__hardsigmoid"
        nodes.append(helper.make_node("HardSigmoid", [x], [hard], name=hard,
                                      alpha=1.0 / span, beta=-lo / span))
        scale = y + "__span"
        model.graph.initializer.append(numpy_helper.from_array(np.array([span], np.float32), scale))
        if lo == 0:
            nodes.append(helper.make_node("Mul", [hard, scale], [y], name=y))
        else:
            scaled = y + "__scaled"
            low = y + "__low"
            model.graph.initializer.append(
                numpy_helper.from_array(np.array([lo], np.float32), low))
            nodes.append(helper.make_node("Mul", [hard, scale], [scaled], name=scaled))
            nodes.append(helper.make_node("Add", [scaled, low], [y], name=y))
        rewritten += 1
    del model.graph.node[:]
    model.graph.node.extend(nodes)
    return rewritten


def fix_text_detector(source, output, size):
    if size % 32:
        raise GraphFixError(f"text detector: input size {size} is not a multiple of 32")
    model = onnx.load(source)
    graph_input = model.graph.input[0]
    dims = graph_input.type.tensor_type.shape.dim
    for dim, value in zip(dims, [1, 3, size, size]):
        dim.ClearField("dim_param")
        dim.dim_value = value
    if _rewrite_clips(model) == 0:
        raise GraphFixError(f"{source}: no Clip found; is this the PP-OCRv4 detector?")
    for out in model.graph.output:  # [1, 1, S, S] probability map
        for dim, value in zip(out.type.tensor_type.shape.dim, [1, 1, size, size]):
            dim.ClearField("dim_param")
            dim.dim_value = value
    onnx.checker.check_model(model)
    onnx.save(model, output)
    return model
