"""TensorFlow.js graph model (model.json + .bin shards) -> ONNX that OpenCV 4.6 DNN can load.

Only the operators of plain convolutional graphs are supported (convolutions, depthwise
convolutions, element-wise arithmetic, activations, pooling, resize, concat, pad, reshape); the
graph is cut at the requested outputs so post-processing subgraphs (TopK, Gather, ...) are
dropped. The ONNX graph is NCHW with a static square input; TF.js tensors are NHWC, so weights and
axes are transposed while converting.

The ONNX opset is 9 on purpose: OpenCV 4.6 reads Clip bounds only from attributes (opset < 11),
and its Upsample with mode "bilinear" is TensorFlow's asymmetric (align_corners=False) resize.
"""

import base64
import json
import os

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

OPSET = 9


class ConversionError(Exception):
    pass


def _attr_str(node, key, default=None):
    value = node.get("attr", {}).get(key)
    if value is None or "s" not in value:
        return default
    return base64.b64decode(value["s"]).decode()


def _attr_list(node, key):
    value = node.get("attr", {}).get(key, {}).get("list", {})
    if "s" in value:
        return [base64.b64decode(item).decode() for item in value["s"]]
    return [int(item) for item in value.get("i", [])]


def _attr_bool(node, key):
    return bool(node.get("attr", {}).get(key, {}).get("b", False))


def load_weights(model_json, model_dir):
    """Decodes every weight of the manifest into a numpy array, keyed by name."""
    weights = {}
    for group in model_json["weightsManifest"]:
        data = b"".join(open(os.path.join(model_dir, path), "rb").read() for path in group["paths"])
        offset = 0
        for spec in group["weights"]:
            shape = [int(d) for d in spec["shape"]]
            count = int(np.prod(shape)) if shape else 1
            quant = spec.get("quantization")
            if quant:
                qtype = quant["dtype"]
                if qtype == "float16":
                    raw = np.frombuffer(data, np.float16, count, offset)
                    offset += 2 * count
                    values = raw.astype(np.float32)
                elif qtype in ("uint8", "uint16"):
                    dtype = np.uint8 if qtype == "uint8" else np.uint16
                    raw = np.frombuffer(data, dtype, count, offset)
                    offset += raw.itemsize * count
                    values = raw.astype(np.float32) * quant["scale"] + quant["min"]
                else:
                    raise ConversionError(f"weight {spec['name']}: unsupported quantization {qtype}")
            else:
                dtype = {"float32": np.float32, "int32": np.int32}.get(spec["dtype"])
                if dtype is None:
                    raise ConversionError(f"weight {spec['name']}: unsupported dtype {spec['dtype']}")
                values = np.frombuffer(data, dtype, count, offset)
                offset += 4 * count
            weights[spec["name"]] = np.array(values).reshape(shape)
        if offset != len(data):
            raise ConversionError(f"weights {group['paths']}: {len(data) - offset} bytes left over")
    return weights


def _same_pads(size, kernel, stride):
    """TensorFlow 'SAME' padding for one axis: (before, after, output size)."""
    out = (size + stride - 1) // stride
    total = max((out - 1) * stride + kernel - size, 0)
    return total // 2, total - total // 2, out


class TfjsToOnnx:
    def __init__(self, model_path, input_size):
        self.model_dir = os.path.dirname(os.path.abspath(model_path))
        with open(model_path) as f:
            self.model = json.load(f)
        self.input_size = input_size
        self.nodes = {n["name"]: n for n in self.model["modelTopology"]["node"]}
        self.consts = load_weights(self.model, self.model_dir)
        self.onnx_nodes = []
        self.initializers = []
        self.shapes = {}  # tensor name -> TF (NHWC) shape; 4-D tensors are NCHW in the ONNX graph
        self.emitted = set()
        self.counter = 0

    # --- helpers -------------------------------------------------------------------------------
    def _unique(self, base):
        self.counter += 1
        return f"{base}__{self.counter}"

    def _init(self, base, array, dtype=np.float32):
        name = self._unique(base)
        self.initializers.append(numpy_helper.from_array(np.asarray(array, dtype), name))
        return name

    def _emit(self, op, inputs, output, **attrs):
        self.onnx_nodes.append(helper.make_node(op, inputs, [output], name=output, **attrs))
        return output

    def _const(self, name):
        name = name.split(":")[0]
        if name not in self.consts:
            raise ConversionError(f"node {name}: expected a constant")
        return self.consts[name]

    def _is_const(self, name):
        name = name.split(":")[0]
        return self.nodes.get(name, {}).get("op") == "Const"

    # --- conversion ----------------------------------------------------------------------------
    def convert(self, outputs, input_name="images", output_names=None):
        placeholders = [n for n in self.nodes.values() if n["op"] == "Placeholder"]
        if len(placeholders) != 1:
            raise ConversionError(f"expected one input placeholder, found {len(placeholders)}")
        placeholder = placeholders[0]["name"]
        size = self.input_size
        self.shapes[placeholder] = [1, size, size, 3]
        self.rename = {placeholder: input_name}
        for out in outputs:
            if out not in self.nodes:
                raise ConversionError(f"output {out}: no such node in the graph")
            self._visit(out)
        graph_outputs = []
        for i, out in enumerate(outputs):
            final = output_names[i] if output_names else out
            self._emit("Identity", [self._t(out)], final)
            graph_outputs.append(
                helper.make_tensor_value_info(final, TensorProto.FLOAT, self._onnx_shape(out)))
        graph = helper.make_graph(
            self.onnx_nodes, "converted",
            [helper.make_tensor_value_info(input_name, TensorProto.FLOAT, [1, 3, size, size])],
            graph_outputs, self.initializers)
        model = helper.make_model(graph, producer_name="vigil-modelconvert",
                                  opset_imports=[helper.make_opsetid("", OPSET)])
        model.ir_version = 4  # matches opset 9; OpenCV 4.6's protobuf reader accepts it
        onnx.checker.check_model(model)
        return model

    def _t(self, name):
        """ONNX tensor name for a TF tensor name."""
        name = name.split(":")[0].lstrip("^")
        return self.rename.get(name, name)

    def _onnx_shape(self, name):
        shape = self.shapes[name.split(":")[0]]
        if len(shape) == 4:
            return [shape[0], shape[3], shape[1], shape[2]]
        return list(shape)

    def _visit(self, name):
        name = name.split(":")[0].lstrip("^")
        if name in self.emitted or name in self.shapes:
            return
        node = self.nodes[name]
        if node["op"] == "Const":
            return
        for inp in node.get("input", []):
            if not inp.startswith("^"):
                self._visit(inp)
        handler = getattr(self, "_op_" + node["op"].lstrip("_"), None)
        if handler is None:
            raise ConversionError(f"node {name}: unsupported operator {node['op']}")
        handler(node)
        self.emitted.add(name)

    def _conv_common(self, node, weights, depthwise):
        name = node["name"]
        x = node["input"][0]
        n, h, w, c = self.shapes[x.split(":")[0]]
        strides = _attr_list(node, "strides") or [1, 1, 1, 1]
        dilations = _attr_list(node, "dilations") or [1, 1, 1, 1]
        if dilations[1:3] != [1, 1]:
            raise ConversionError(f"node {name}: dilated convolutions are not supported")
        kh, kw = weights.shape[0], weights.shape[1]
        padding = _attr_str(node, "padding", "VALID")
        if padding == "SAME":
            top, bottom, oh = _same_pads(h, kh, strides[1])
            left, right, ow = _same_pads(w, kw, strides[2])
        elif padding == "VALID":
            top = bottom = left = right = 0
            oh = (h - kh) // strides[1] + 1
            ow = (w - kw) // strides[2] + 1
        else:
            raise ConversionError(f"node {name}: padding {padding} is not supported")
        if depthwise:
            # TF [kh, kw, in, multiplier] -> ONNX [in*multiplier, 1, kh, kw], group = in
            mult = weights.shape[3]
            kernel = weights.transpose(2, 3, 0, 1).reshape(c * mult, 1, kh, kw)
            out_c, group = c * mult, c
        else:
            # TF [kh, kw, in, out] -> ONNX [out, in, kh, kw]
            kernel = weights.transpose(3, 2, 0, 1)
            out_c, group = weights.shape[3], 1
        return dict(kernel=kernel, out_shape=[n, oh, ow, out_c], group=group,
                    pads=[top, left, bottom, right], strides=strides[1:3], kernel_shape=[kh, kw])

    def _emit_conv(self, node, depthwise, fused_ops):
        name = node["name"]
        inputs = node["input"]
        spec = self._conv_common(node, self._const(inputs[1]), depthwise)
        conv_inputs = [self._t(inputs[0]), self._init(name + "/W", spec["kernel"])]
        ops = list(fused_ops)
        if ops and ops[0] == "BiasAdd":
            conv_inputs.append(self._init(name + "/B", self._const(inputs[2]).reshape(-1)))
            ops = ops[1:]
        out = name if not ops else self._unique(name + "/conv")
        self._emit("Conv", conv_inputs, out, kernel_shape=spec["kernel_shape"],
                   strides=spec["strides"], pads=spec["pads"], group=spec["group"])
        if ops:
            self._activation(ops, out, name)
        self.shapes[name] = spec["out_shape"]

    def _activation(self, ops, src, dst):
        if len(ops) != 1:
            raise ConversionError(f"node {dst}: unsupported fused operators {ops}")
        if ops[0] == "Relu":
            self._emit("Relu", [src], dst)
        elif ops[0] == "Relu6":
            self._emit("Clip", [src], dst, min=0.0, max=6.0)
        else:
            raise ConversionError(f"node {dst}: unsupported fused operator {ops[0]}")

    def _op_FusedConv2D(self, node):
        self._emit_conv(node, False, _attr_list(node, "fused_ops"))

    def _op_Conv2D(self, node):
        self._emit_conv(node, False, [])

    def _op_FusedDepthwiseConv2dNative(self, node):
        self._emit_conv(node, True, _attr_list(node, "fused_ops"))

    def _op_DepthwiseConv2dNative(self, node):
        self._emit_conv(node, True, [])

    def _unary(self, node, op, **attrs):
        src = node["input"][0]
        self._emit(op, [self._t(src)], node["name"], **attrs)
        self.shapes[node["name"]] = list(self.shapes[src.split(":")[0]])

    def _op_Relu(self, node):
        self._unary(node, "Relu")

    def _op_Relu6(self, node):
        self._unary(node, "Clip", min=0.0, max=6.0)

    def _op_Sigmoid(self, node):
        self._unary(node, "Sigmoid")

    def _op_Identity(self, node):
        self._unary(node, "Identity")

    def _binary(self, node, op):
        name = node["name"]
        a, b = node["input"][:2]
        if self._is_const(a) and not self._is_const(b):
            a, b = b, a  # element-wise ops are commutative here; OpenCV wants the tensor first
        shape_a = self.shapes[a.split(":")[0]]
        if self._is_const(b):
            value = self._const(b).astype(np.float32)
            if value.size == 1:
                value = value.reshape(1)
            elif len(shape_a) == 4 and value.ndim >= 1 and value.shape[-1] == shape_a[3] \
                    and value.size == shape_a[3]:
                value = value.reshape(1, -1, 1, 1)  # per-channel NHWC constant -> NCHW
            else:
                raise ConversionError(f"node {name}: constant operand of shape {value.shape}")
            self._emit(op, [self._t(a), self._init(name + "/c", value)], name)
            self.shapes[name] = list(shape_a)
            return
        shape_b = self.shapes[b.split(":")[0]]
        # OpenCV broadcasts the second operand (e.g. squeeze-excite [1,1,1,C] * [1,H,W,C]).
        if int(np.prod(shape_b)) > int(np.prod(shape_a)):
            a, b, shape_a, shape_b = b, a, shape_b, shape_a
        self._emit(op, [self._t(a), self._t(b)], name)
        self.shapes[name] = list(shape_a)

    def _op_Add(self, node):
        self._binary(node, "Add")

    def _op_AddV2(self, node):
        self._binary(node, "Add")

    def _op_Mul(self, node):
        self._binary(node, "Mul")

    def _op_Mean(self, node):
        axes = sorted(int(v) for v in np.atleast_1d(self._const(node["input"][1])))
        if axes != [1, 2] or not _attr_bool(node, "keep_dims"):
            raise ConversionError(f"node {node['name']}: only spatial Mean with keep_dims is supported")
        src = node["input"][0]
        n, _, _, c = self.shapes[src.split(":")[0]]
        self._emit("GlobalAveragePool", [self._t(src)], node["name"])
        self.shapes[node["name"]] = [n, 1, 1, c]

    def _op_ConcatV2(self, node):
        inputs = node["input"][:-1]
        axis = int(self._const(node["input"][-1]))
        shapes = [self.shapes[i.split(":")[0]] for i in inputs]
        if len(shapes[0]) != 4 or axis not in (3, -1):
            raise ConversionError(f"node {node['name']}: only channel concatenation is supported")
        self._emit("Concat", [self._t(i) for i in inputs], node["name"], axis=1)
        out = list(shapes[0])
        out[3] = sum(s[3] for s in shapes)
        self.shapes[node["name"]] = out

    def _op_ResizeBilinear(self, node):
        if _attr_bool(node, "align_corners") or _attr_bool(node, "half_pixel_centers"):
            raise ConversionError(f"node {node['name']}: only asymmetric bilinear resize is supported")
        src = node["input"][0]
        n, h, w, c = self.shapes[src.split(":")[0]]
        # The size constant was computed for the graph's original input size; keep its factor.
        original = self.model.get("signature", {}).get("inputs", {})
        target = [int(v) for v in self._const(node["input"][1])]
        original_size = None
        for spec in original.values():
            original_size = int(spec["tensorShape"]["dim"][1]["size"])
        factor = 2.0
        if original_size:
            # the source tensor at the original size had h * original_size / input_size rows
            factor = target[0] / (h * original_size / self.input_size)
        factor = round(factor)
        scales = self._init(node["name"] + "/scales", [1.0, 1.0, float(factor), float(factor)])
        # "bilinear" is not an ONNX mode name but is what OpenCV 4.6 needs for an asymmetric
        # bilinear resize (it rejects "linear" on Upsample); the ONNX checker accepts it.
        self._emit("Upsample", [self._t(src), scales], node["name"], mode="bilinear")
        self.shapes[node["name"]] = [n, h * factor, w * factor, c]

    def _op_MaxPool(self, node):
        src = node["input"][0]
        n, h, w, c = self.shapes[src.split(":")[0]]
        ksize = _attr_list(node, "ksize")
        strides = _attr_list(node, "strides")
        padding = _attr_str(node, "padding", "VALID")
        if padding == "SAME":
            top, bottom, oh = _same_pads(h, ksize[1], strides[1])
            left, right, ow = _same_pads(w, ksize[2], strides[2])
        else:
            top = bottom = left = right = 0
            oh = (h - ksize[1]) // strides[1] + 1
            ow = (w - ksize[2]) // strides[2] + 1
        self._emit("MaxPool", [self._t(src)], node["name"], kernel_shape=ksize[1:3],
                   strides=strides[1:3], pads=[top, left, bottom, right])
        self.shapes[node["name"]] = [n, oh, ow, c]

    def _op_Pad(self, node):
        src = node["input"][0]
        shape = self.shapes[src.split(":")[0]]
        paddings = self._const(node["input"][1]).astype(np.int64).reshape(-1, 2)
        if len(shape) != 4:
            raise ConversionError(f"node {node['name']}: only 4-D Pad is supported")
        order = [0, 3, 1, 2]  # NHWC axes in NCHW order
        pads = [int(paddings[a][0]) for a in order] + [int(paddings[a][1]) for a in order]
        self._emit("Pad", [self._t(src)], node["name"], pads=pads, mode="constant", value=0.0)
        self.shapes[node["name"]] = [s + int(p[0]) + int(p[1]) for s, p in zip(shape, paddings)]

    def _op_Reshape(self, node):
        src = node["input"][0]
        shape = self.shapes[src.split(":")[0]]
        target = [int(v) for v in self._const(node["input"][1])]
        total = int(np.prod(shape))
        if target.count(-1) == 1:
            known = int(np.prod([v for v in target if v != -1]))
            target[target.index(-1)] = total // known
        if int(np.prod(target)) != total:
            raise ConversionError(f"node {node['name']}: cannot reshape {shape} to {target}")
        tensor = self._t(src)
        if len(shape) == 4:
            # back to TF element order before reshaping
            tensor = self._emit("Transpose", [tensor], self._unique(node["name"] + "/nhwc"),
                                perm=[0, 2, 3, 1])
        shape_name = self._init(node["name"] + "/shape", target, np.int64)
        self._emit("Reshape", [tensor, shape_name], node["name"])
        if len(target) == 4:
            raise ConversionError(f"node {node['name']}: 4-D reshape results are not supported")
        self.shapes[node["name"]] = target


def convert_tfjs(model_path, output_path, input_size, outputs, output_names=None):
    converter = TfjsToOnnx(model_path, input_size)
    model = converter.convert(outputs, output_names=output_names)
    onnx.save(model, output_path)
    return model
