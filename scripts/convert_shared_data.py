#!/usr/bin/env python3
"""Converts the shared reference data into OneTrip catalog files (docs/catalog-format.md).

    scripts/convert_shared_data.py REFERENCE_DATA_DIR [--out DATA_CATALOG_DIR]

REFERENCE_DATA_DIR is the project's reference data folder (service_guides.json,
catalog_guangan_1135.json; not part of this repository); the output goes to data/catalog/. Standard library only. The output is deterministic: running the
script twice gives byte-identical files.

Writes:
  jinan-guides.json       25 service guides with materials, situations and two bundles
  guangan-district.json   1,135 items of one district (names, departments, codes only)

Everything the source marks as rebuilt stays marked (provenance), and everything this script
authors (situations, how-to-obtain texts, shared keys, bundles, delivery modes) is marked
"reconstructed" and described in the file's "source" block.
"""

import argparse
import json
import re
import sys
from pathlib import Path

from catalog_authoring import (
    BUNDLES,
    COMMITMENT_IN_LIEU,
    CONDITIONS,
    SHARED_KEYS,
    SITUATIONS,
    how_to_obtain,
)

REPO = Path(__file__).resolve().parent.parent
FORMAT = {"format": "onetrip-catalog", "formatVersion": 1}
GUANGAN_AREA = "-511602000000"

# Source mark -> provenance key. "regulation-derived" (taken from a law or regulation rather
# than from a published guide) is not an official guide value: it becomes "partial".
def provenance_key(text):
    if text is None:
        return "reconstructed"
    for prefix, key in (("real", "real"), ("partial", "partial"),
                        ("regulation-derived", "partial"), ("reconstructed", "reconstructed")):
        if text.startswith(prefix):
            return key
    raise ValueError(f"unknown provenance mark: {text!r}")


def mentions(text, word):
    """Whether the text names `word` other than negated ("非零跑腿", "非全程网办")."""
    return any(text[max(m.start() - 1, 0):m.start()] != "非" for m in re.finditer(word, text))


def handling_form(text):
    """Returns (key, inferred): the first form the text names; inferred when it names none."""
    named = [(text.find(word), key) for word, key in
             (("零跑腿", "zero-trip"), ("只跑一次", "one-trip"), ("你不用跑我来跑", "we-run-for-you"))
             if mentions(text, word)]
    if named:
        return min(named)[1], False
    return "one-trip", True


def case_type(text):
    # "即办件（告知承诺）/承诺件（一般程序）": the general procedure decides.
    if "承诺件（一般程序）" in text or text.startswith("承诺件"):
        return "promised"
    if text.startswith("即办件"):
        return "immediate"
    if text.startswith("联办件"):
        return "joint"
    raise ValueError(f"unknown case type: {text!r}")


ORIGINAL_OR_COPY = {"原件": "original", "复印件": "copy", "原件和复印件": "original-and-copy",
                    "原件/复印件": "original-or-copy", "—": "not-applicable"}
MEDIUM = {"纸质": "paper", "电子": "electronic", "纸质或电子": "paper-or-electronic",
          "纸质/电子": "paper-or-electronic"}
# Code table quoted by the source itself for material_form (1 paper, 2 electronic, ...).
MATERIAL_FORM = {"1": "paper", "2": "electronic", "3": "paper-or-electronic", "4": "paper-or-electronic"}
SOURCE = {"申请人自备": "applicant", "政府部门核发": "government", "中介机构出具": "intermediary",
          "数据共享(免提交)": "data-sharing", "其他": "other"}


def original_or_copy(text):
    if text in ORIGINAL_OR_COPY:
        return ORIGINAL_OR_COPY[text], False
    head = text.split("（")[0]
    return ORIGINAL_OR_COPY[head], True


def medium(text):
    if text in MEDIUM:
        return MEDIUM[text], False
    m = re.match(r"material_form=(\d)", text)
    if m:
        return MATERIAL_FORM[m.group(1)], True
    if "纸质" in text and "电子" in text:
        return "paper-or-electronic", True
    raise ValueError(f"unknown medium: {text!r}")


def material_source(text):
    if text in SOURCE:
        return SOURCE[text], ""
    for prefix, key in (("数据共享", "data-sharing"), ("其他", "other"), ("中介", "intermediary"),
                        ("有关部门核发", "government"), ("政府部门", "government")):
        if text.startswith(prefix):
            return key, text
    raise ValueError(f"unknown material source: {text!r}")


def delivery_modes(guide, form_key):
    """Derived from the result and handling-form texts; see the file's source block."""
    result, form = guide["result"] or "", guide["handling_form"]
    paper = (result not in ("", "-") and "划转" not in result and result != "备案编号"
             and not result.endswith("（电子证照）"))
    modes = []
    if paper:
        modes.append("window-pickup")
    if "邮寄" in form + result or (form_key == "zero-trip" and paper):
        modes.append("express")
    if ("电子" in result or mentions(form, "全程网办") or "电子证照" in form
            or (form_key == "zero-trip" and not paper)):
        modes.append("electronic")
    return modes


def item_type(text):
    """The leading category; the full text goes to the provenance note when it says more."""
    if text.startswith("原记录 task_type"):
        return "公共服务", True  # the record's code 20 read with the Sichuan code table
    return text.split("（")[0], False


def limit_text(text, unit):
    if unit and unit not in ("工作日", "当场"):
        return f"{text}（时限单位：{unit}）"
    return text


def put(obj, key, value):
    """Optional text and lists are left out when empty, as the format allows."""
    if value not in ("", None, []):
        obj[key] = value


def convert_material(guide_id, index, row, situations):
    mid = f"m{index + 1:02d}"
    ooc, ooc_noted = original_or_copy(row["original_or_copy"])
    med, med_noted = medium(row["medium"])
    source, source_note = material_source(row["source"])
    required = row["required"]
    originals = []
    if ooc_noted:
        originals.append(f"原件/复印件：{row['original_or_copy']}")
    if med_noted:
        originals.append(f"介质：{row['medium']}")
    if required.startswith("情形必要"):
        requirement = "situational"
        applies = CONDITIONS.get(guide_id, row["name"])
        assert applies, f"situational material without authored conditions: {guide_id} {row['name']}"
        for cond in applies:  # the authored conditions must name authored situations
            options = {o["id"] for s in situations if s["id"] == cond["situation"] for o in s["options"]}
            assert set(cond["options"]) <= options, (guide_id, index, cond)
    else:
        requirement = "optional" if required.startswith("非必要") else "always"
        applies = []
        if required not in ("必要", "非必要"):
            originals.append(f"必要性：{required}")
    remarks = row["remarks"] or ""
    if originals:
        remarks += ("；" if remarks else "") + "【原文】" + "；".join(originals)
    deferrable = row["rongque_allowed"] == "是"
    m = {"id": mid, "name": row["name"], "originalOrCopy": ooc, "copies": row["copies"],
         "medium": med, "requirement": requirement}
    put(m, "appliesWhen", applies)
    m.update({"main": not deferrable, "deferrable": deferrable,
              "commitmentInLieu": COMMITMENT_IN_LIEU.get(guide_id, row["name"]) is not None,
              "obtainedBySharing": source == "data-sharing", "source": source})
    put(m, "sourceNote", source_note)
    put(m, "howToObtain", how_to_obtain(row["name"], source, row["source"], guide_id))
    put(m, "remarks", remarks)
    put(m, "sharedKey", SHARED_KEYS.get(guide_id, row["name"], ""))
    m["provenance"] = provenance_key(row["attr_provenance"])
    return m


def convert_guide(g):
    gid = g["id"]
    code = g["item_code"] or f"JN-{gid}"
    form_key, form_inferred = handling_form(g["handling_form"])
    type_key, type_inferred = item_type(g["item_type"])
    fields = {}
    if not g["item_code"]:
        fields["code"] = "reconstructed"
    fields["handlingForm"] = provenance_key(g["handling_form_provenance"])
    if form_inferred:
        # The key is read from a text that names no form: not the published value itself.
        fields["handlingForm"] = "partial"
    fields["caseType"] = provenance_key(g["case_type_provenance"])
    fields["promisedLimitDays"] = fields["promisedLimitText"] = provenance_key(g["promise_provenance"])
    fields["fee"] = provenance_key(g["fee_provenance"])
    if type_inferred:
        fields["itemType"] = "reconstructed"
    fields["deliveryModes"] = "reconstructed"
    situations = SITUATIONS.get(gid, [])
    if situations:
        fields["situations"] = "reconstructed"

    notes = [g["provenance"]]
    if type_key != g["item_type"]:
        notes.append(f"事项类型原文：{g['item_type']}")
    if g.get("item_code_note"):
        notes.append(f"编码说明：{g['item_code_note']}")
    observed = g.get("observed_code_elsewhere")
    if observed:
        notes.append(f"别名编码 {observed['basic_code']} 为{observed['region']}目录中"
                     f"“{observed['item_name']}”（{observed['task_type']}）的基本编码")
    for key, label in (("flow", "办理流程"), ("implementation_level", "实施层级"), ("service_scope", "服务范围")):
        if g.get(key):
            notes.append(f"{label}：{g[key]}")

    item = {"code": code, "name": g["item_name"], "department": g["department"], "itemType": type_key,
            "handlingForm": form_key}
    if g["handling_form"] not in ("零跑腿", "只跑一次", "你不用跑我来跑"):
        item["handlingFormNote"] = g["handling_form"]
    item["caseType"] = case_type(g["case_type"])
    if g["case_type"] not in ("即办件", "承诺件", "联办件"):
        item["caseTypeNote"] = g["case_type"]
    item["legalLimitDays"] = g["legal_time_limit_wd"]
    put(item, "legalLimitText", limit_text(g["legal_time_limit_text"], g["legal_time_limit_unit"]))
    item["promisedLimitDays"] = g["promise_time_limit_wd"]
    put(item, "promisedLimitText", g["promise_time_limit_text"])
    put(item, "fee", g["fee"])
    put(item, "conditions", g["acceptance_conditions"])
    put(item, "deliveryModes", delivery_modes(g, form_key))
    put(item, "legalBasis", g["legal_basis"])
    put(item, "result", g["result"])
    put(item, "validity", g["validity"])
    put(item, "aliases", [observed["basic_code"]] if observed else [])
    item["provenance"] = {"record": provenance_key(g["provenance"]), "note": "；".join(notes),
                          "fields": fields, "sources": g["sources"]}
    put(item, "situations", situations)
    item["materials"] = [convert_material(gid, i, row, situations) for i, row in enumerate(g["materials"])]
    return item


def jinan_source(data):
    return {
        "title": "济南等地政务服务办事指南参考数据（25项）及两个“一件事”",
        "file": "shared/data/service_guides.json（OneTrip 项目参考数据）",
        "licence": "事实性数据，取自各条目 provenance.sources 所列公开来源；转换规则与标注为“reconstructed”"
                   "的内容由 OneTrip 编写，随项目发布",
        "description": data["description"],
        "fieldNotes": data["field_notes"],
        "conversion": [
            "事项编码：源数据无官方编码（item_code 为 null）的，按记录号生成 JN-SGnn，"
            "provenance.fields.code 标为 reconstructed；有官方编码的（SG27、SG29）保留原编码。"
            "observed_code_elsewhere.basic_code 放入 aliases。",
            "provenance.record 取自记录 provenance 文字的开头标记（real/partial/reconstructed），原文放在 provenance.note；"
            "字段级标记 handling_form_provenance、case_type_provenance、promise_provenance、fee_provenance "
            "分别对应 provenance.fields 的 handlingForm、caseType、promisedLimitDays/promisedLimitText、fee。",
            "源数据的“regulation-derived”（依据法律法规推得、非官方办事指南原值）一律转为 partial。",
            "办理形式、办件类型：文字映射为键（零跑腿 zero-trip、只跑一次 one-trip、即办件 immediate、承诺件 promised），"
            "原文放在 handlingFormNote / caseTypeNote；“即办件（告知承诺）/承诺件（一般程序）”按一般程序取 promised。"
            "原文未写明办理形式的（SG27“非全程网办、非零跑腿”、SG29“到现场次数未列”）按只跑一次处理，"
            "provenance.fields.handlingForm 降为 partial。",
            "事项类型取原文括号前的类别，完整原文写入 provenance.note；SG29 的 task_type=\"20\" 按四川码表取“公共服务”，标为 reconstructed。",
            "时限：null 保持 null；法定时限的单位（如“日（自然日）”）附在 legalLimitText 末尾。"
            "注意：本格式的天数按工作日理解，SG16、SG24 的法定时限原文为自然日。",
            "材料：必要→always，情形必要（…）→situational 并配 appliesWhen，非必要→optional；"
            "原件/复印件、介质、来源映射为键，来源原文不是标准写法的放在 sourceNote，"
            "原件/复印件、介质、必要性原文无法无损映射的以“【原文】”附在 remarks 末尾。"
            "material_form 码值按源数据引用的码表（1 纸质、2 电子）映射。",
            "主审要件/次要材料由容缺标记推得：rongque_allowed 为“是”的材料 deferrable=true、main=false（次要材料）；"
            "“否”或未列（null）的 deferrable=false、main=true。",
            "来源为“数据共享…”的材料 obtainedBySharing=true（免提交）。",
            "deliveryModes 由 OneTrip 依据办理结果和办理形式推得（标为 reconstructed）：纸质结果→window-pickup；"
            "写明邮寄或零跑腿的纸质结果→express；电子证照、全程网办或零跑腿的非纸质结果→electronic。",
        ],
        "authoredByOneTrip": [
            "每条材料的 howToObtain（如何取得）文字由 OneTrip 编写，依据材料名称、来源和备注，不是官方指南原文。",
            "situations（情形）由 OneTrip 依据“情形必要（…时）”等原文编写，provenance.fields.situations 标为 reconstructed；"
            "“情形必要（委托代理时）”的材料只在“委托代理人办理”时适用。",
            "sharedKey（一件事中只收一次的共用材料）由 OneTrip 编写：applicant-id 申请人身份证明、"
            "legal-rep-id 法定代表人（负责人）身份证明、business-licence 营业执照（复印件/共享）、"
            "business-licence-original 营业执照正副本原件（换照、注销时交回）、agent-authorisation 授权委托书及受托人身份证明、"
            "premises-proof 住所（经营场所）使用证明、prelicence-approval 前置审批文件、household-register 居民户口簿。",
            "commitmentInLieu（告知承诺可替代）由 OneTrip 依据原文设定，仅限下列材料：" + "；".join(
                f"JN-{gid}“{fragment}”（{reason}）" for gid, fragment, reason in COMMITMENT_IN_LIEU.entries) + "。"
            "SG09 的“告知承诺书”本身是承诺书，不是被替代的证明，故不设此标记。",
            "bundles（一件事）JN-B01、JN-B02 由 OneTrip 组合，provenance 为 reconstructed，说明见各自 description。",
        ],
    }


def guangan(data):
    items = data["items"]
    names = {}
    for it in items:
        names.setdefault((it["item_name"], it["department"]), []).append(it["item_code"])
    duplicates = {k: v for k, v in names.items() if len(v) > 1}
    codes = [it["item_code"] for it in items]
    assert len(set(codes)) == len(codes), "duplicate item codes in the source"
    out = []
    for it in items:
        code = it["item_code"]
        notes = ["源目录未列办理形式和办件类型：handlingForm、caseType 为 OneTrip 填入的占位值"]
        if it["main_item"] != "未分类":
            notes.append(f"所属主项：{it['main_item']}")
        twins = [c for c in duplicates.get((it["item_name"], it["department"]), []) if c != code]
        if twins:
            notes.append("源目录中同一部门另有同名事项，编码 " + "、".join(twins))
        item = {"code": code, "name": it["item_name"], "department": it["department"],
                "itemType": it["task_type"], "handlingForm": "one-trip", "caseType": "promised",
                "legalLimitDays": None, "promisedLimitDays": None}
        if GUANGAN_AREA in code:
            item["aliases"] = [code.split(GUANGAN_AREA)[0]]
        item["provenance"] = {"record": "real", "note": "；".join(notes),
                              "fields": {"handlingForm": "reconstructed", "caseType": "reconstructed"},
                              "sources": [f"{data['source']['repo']} {data['source']['path']} "
                                          f"@ {data['source']['commit'].split()[0]}"]}
        out.append(item)
    dup_text = "；".join(f"“{name}”（{dept}）：{'、'.join(c)}" for (name, dept), c in sorted(duplicates.items()))
    source = dict(data["source"])
    source.update({
        "title": "四川省广安市广安区政务服务事项目录（1,135项）",
        "file": "shared/data/catalog_guangan_1135.json（OneTrip 项目参考数据）",
        "sourceNote": data["note"],
        "taskTypeCodeMap": data["task_type_code_map"],
        "conversion": [
            f"全部 {len(items)} 个事项逐条转换：code=item_code，name、department 原样，itemType=task_type；"
            "provenance.record 为 real（名称、部门、编码、类型为源数据原值）。",
            "源数据不含办事指南正文：materials 为空；handlingForm、caseType 未列出，"
            "填入占位值 one-trip / promised，并在 provenance.fields 标为 reconstructed。",
            "aliases 为事项编码中区划代码之前的基本编码（源数据 basic_code_part 对少数非标准编码截取有误，未采用）；"
            "编码中没有区划代码的 3 个事项不设别名。",
            f"重复检查：事项编码无重复（{len(codes)} 个编码各不相同）；同一部门下同名而编码不同的事项 "
            f"{len(duplicates)} 组，均保留（编码不同，源目录中是两个事项），并在各自 provenance.note 中互相注明：{dup_text}。",
            "main_item 不是“未分类”的，在 provenance.note 中注明所属主项。",
        ],
    })
    return {**FORMAT, "source": source, "items": out, "bundles": []}


def dump(path, obj):
    text = json.dumps(obj, ensure_ascii=False, indent=2) + "\n"
    path.write_text(text, encoding="utf-8")
    return len(text.encode("utf-8"))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("shared", help="the reference data folder (service_guides.json ...)")
    parser.add_argument("--out", default=str(REPO / "data" / "catalog"), help="output folder")
    args = parser.parse_args()
    shared, out = Path(args.shared), Path(args.out)
    out.mkdir(parents=True, exist_ok=True)

    guides = json.loads((shared / "service_guides.json").read_text(encoding="utf-8"))
    items = [convert_guide(g) for g in guides["items"]]
    known = {it["code"] for it in items}
    for b in BUNDLES:
        assert set(b["items"]) <= known, b["code"]
    for table in (CONDITIONS, SHARED_KEYS, COMMITMENT_IN_LIEU):
        table.check_all_used()
    jinan = {**FORMAT, "source": jinan_source(guides), "items": items, "bundles": BUNDLES}
    size = dump(out / "jinan-guides.json", jinan)
    print(f"jinan-guides.json: {len(items)} items, {len(BUNDLES)} bundles, "
          f"{sum(1 for it in items if it.get('situations'))} with situations, {size} bytes")

    district = guangan(json.loads((shared / "catalog_guangan_1135.json").read_text(encoding="utf-8")))
    size = dump(out / "guangan-district.json", district)
    print(f"guangan-district.json: {len(district['items'])} items, {size} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
