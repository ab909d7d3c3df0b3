"""Graph fixes that make PaddleOCR's PP-OCRv4 text detector and recogniser load in OpenCV 4.6.

Detector (ONNX, opset 11):

As shipped it fails with "Clip ... node_proto.input_size() == 1": OpenCV 4.6 reads Clip bounds
only from attributes, while opset 11 passes them as inputs. Each Clip with constant bounds
[lo, hi] is rewritten in operators OpenCV handles, keeping a valid opset-11 graph:

    Clip(x, lo, hi) = lo + (hi - lo) * HardSigmoid(x, alpha = 1 / (hi - lo), beta = -lo / (hi - lo))

and the dynamic input is fixed to a static [1, 3, S, S].

Recogniser (ONNX, opset 9, input [N,3,48,W] dynamic): OpenCV 4.6 cannot run it as shipped
("dynamic 'zero' shapes are not supported"; with a static input, shape_utils.hpp:170 in the
first LayerNorm). Fixes, all exact (no numerical change):
  1. static input [1, 3, 48, W] and output [1, W/8, 6625];
  2. Constant nodes become initializers, then shape inference and constant folding are repeated
     until nothing changes: Shape of a statically shaped tensor becomes a constant, and so does
     every Cast/Slice/Concat/Squeeze/Unsqueeze/arithmetic/Reshape whose inputs are all constant
     (this removes the Shape -> Slice -> Concat -> Reshape chains of the SVTR neck);
  3. the 1-D LayerNorm scale/bias constants of Mul/Add/Sub/Div are tiled to the full shape of
     the other operand (OpenCV 4.6 broadcasts a constant of lower rank wrongly there).
"""

import numpy as np
import onnx
from onnx import helper, numpy_helper, shape_inference


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


_FOLDABLE_ARITHMETIC = {"Mul": np.multiply, "Add": np.add, "Sub": np.subtract, "Div": np.divide}
_ONNX_TO_NUMPY = {1: np.float32, 6: np.int32, 7: np.int64, 9: np.bool_}


def _constants_to_initializers(graph):
    kept = []
    for node in graph.node:
        if node.op_type == "Constant":
            value = numpy_helper.to_array(node.attribute[0].t)
            graph.initializer.append(numpy_helper.from_array(value, node.output[0]))
        else:
            kept.append(node)
    del graph.node[:]
    graph.node.extend(kept)


def _static_shapes(model):
    """Tensor name -> list of dims (None where unknown) from ONNX shape inference."""
    del model.graph.value_info[:]
    inferred = shape_inference.infer_shapes(model)
    shapes = {}
    for info in list(inferred.graph.value_info) + list(inferred.graph.input):
        tensor_type = info.type.tensor_type
        if tensor_type.HasField("shape"):
            shapes[info.name] = [d.dim_value if d.HasField("dim_value") else None
                                 for d in tensor_type.shape.dim]
    return shapes


def _evaluate(node, inputs):
    attrs = {a.name: helper.get_attribute_value(a) for a in node.attribute}
    op = node.op_type
    if op == "Cast":
        return inputs[0].astype(_ONNX_TO_NUMPY[attrs["to"]])
    if op == "Slice":  # opset 9: starts/ends/axes are attributes
        data = inputs[0]
        index = [slice(None)] * data.ndim
        for axis, start, end in zip(attrs["axes"], attrs["starts"], attrs["ends"]):
            index[axis] = slice(start, min(end, data.shape[axis]))
        return data[tuple(index)]
    if op == "Concat":
        return np.concatenate([np.atleast_1d(v) for v in inputs], axis=attrs["axis"])
    if op == "Squeeze":
        return np.squeeze(inputs[0], axis=tuple(attrs["axes"]))
    if op == "Unsqueeze":
        return np.expand_dims(inputs[0], axis=tuple(attrs["axes"]))
    if op in _FOLDABLE_ARITHMETIC:
        return _FOLDABLE_ARITHMETIC[op](inputs[0], inputs[1]).astype(inputs[0].dtype)
    if op == "Reshape":
        return inputs[0].reshape(inputs[1])
    return None


def _prune_initializers(graph):
    used = {name for node in graph.node for name in node.input}
    kept = [i for i in graph.initializer if i.name in used]
    del graph.initializer[:]
    graph.initializer.extend(kept)


def _fold_constants(model):
    graph = model.graph
    total = 0
    while True:
        shapes = _static_shapes(model)
        constants = {i.name: numpy_helper.to_array(i) for i in graph.initializer}
        kept, folded = [], 0
        for node in graph.node:
            first = shapes.get(node.input[0]) if node.input else None
            value = None
            if node.op_type == "Shape" and first and None not in first:
                value = np.array(first, np.int64)
            elif node.input and all(name in constants for name in node.input):
                value = _evaluate(node, [constants[name] for name in node.input])
            if value is None:
                kept.append(node)
            else:
                constants[node.output[0]] = np.asarray(value)
                folded += 1
        del graph.node[:]
        graph.node.extend(kept)
        del graph.initializer[:]
        graph.initializer.extend(numpy_helper.from_array(v, k) for k, v in constants.items())
        _prune_initializers(graph)
        total += folded
        if folded == 0:
            return total


def _tile_broadcast_constants(model):
    graph = model.graph
    shapes = _static_shapes(model)
    unknown = [name for name, dims in shapes.items() if not dims or None in dims]
    if unknown:
        raise GraphFixError(f"recogniser: shapes still dynamic after folding: {unknown[:5]}")
    constants = {i.name: numpy_helper.to_array(i) for i in graph.initializer}
    tiled = 0
    for node in graph.node:
        if node.op_type not in _FOLDABLE_ARITHMETIC:
            continue
        for k in (0, 1):
            const, other = node.input[k], node.input[1 - k]
            if const not in constants or other in constants:
                continue
            value = constants[const]
            if value.size > 1 and value.ndim < len(shapes[other]):
                name = f"{const}__tiled_for_{node.output[0]}"
                full = np.broadcast_to(value, shapes[other]).astype(value.dtype)
                graph.initializer.append(numpy_helper.from_array(np.ascontiguousarray(full), name))
                node.input[k] = name
                tiled += 1
    _prune_initializers(graph)
    return tiled


RECOGNISER_CLASSES = 6625  # CTC blank + 6623 dictionary symbols + space


def fix_text_recognizer(source, output, width):
    if width % 8:
        raise GraphFixError(f"text recogniser: input width {width} is not a multiple of 8")
    model = onnx.load(source)
    graph = model.graph
    for dim, value in zip(graph.input[0].type.tensor_type.shape.dim, [1, 3, 48, width]):
        dim.ClearField("dim_param")
        dim.dim_value = value
    for out in graph.output:
        out.type.tensor_type.ClearField("shape")
    _constants_to_initializers(graph)
    if _fold_constants(model) == 0:
        raise GraphFixError(f"{source}: nothing to fold; is this the PP-OCRv4 recogniser?")
    if _tile_broadcast_constants(model) == 0:
        raise GraphFixError(f"{source}: no LayerNorm constant to tile; unexpected recogniser graph")
    del graph.value_info[:]
    expected = [1, width // 8, RECOGNISER_CLASSES]
    graph.output[0].CopyFrom(helper.make_tensor_value_info(graph.output[0].name,
                                                           onnx.TensorProto.FLOAT, expected))
    onnx.checker.check_model(model)
    onnx.save(model, output)
    return model
