"""What OneTrip adds to the shared service guides (used by convert_shared_data.py).

Everything here is authored by the project, not published by a government: situations and
the conditions that tie materials to them, shared-material keys for bundles, the materials a
signed commitment may replace (告知承诺), the two bundles and the how-to-obtain texts. The
converter marks all of it "reconstructed". Materials are found by guide id and a fragment of
their name, so a change in the source data fails loudly instead of mislabelling a row.
"""


class Table:
    """(guide id, name fragment) -> value; every entry must match exactly one material."""

    def __init__(self, entries):
        self.entries = entries
        self.used = [0] * len(entries)

    def get(self, guide_id, name, default=None):
        hits = [i for i, (gid, fragment, _) in enumerate(self.entries)
                if gid == guide_id and fragment in name]
        assert len(hits) <= 1, (guide_id, name, hits)
        if not hits:
            return default
        self.used[hits[0]] += 1
        return self.entries[hits[0]][2]

    def check_all_used(self):
        bad = [e[:2] for e, n in zip(self.entries, self.used) if n != 1]
        assert not bad, f"authored entries matching no (or several) materials: {bad}"


def situation(sid, question, options, default):
    return {"id": sid, "question": question,
            "options": [{"id": oid, "label": label} for oid, label in options], "default": default}


def who_applies(self_label="申请人本人办理"):
    # Rows marked 情形必要（委托代理时） apply only when an agent acts for the applicant.
    return situation("applicant", "由谁办理？", [("self", self_label), ("agent", "委托代理人办理")], "self")


def yes_no(sid, question, no_label="否", yes_label="是"):
    return situation(sid, question, [("no", no_label), ("yes", yes_label)], "no")


PRELICENCE = yes_no("prelicence", "经营范围是否涉及登记前须经批准的项目（前置许可）？",
                    "不涉及", "涉及，已取得批准文件或许可证件")
LEGAL_REP = "法定代表人（负责人）本人办理"
GUARDIAN = [("self", "本人申请"), ("guardian", "监护人代为申请")]

SITUATIONS = {
    "SG01": [who_applies("经营者本人办理"), PRELICENCE],
    "SG02": [who_applies(LEGAL_REP), PRELICENCE],
    "SG03": [who_applies(LEGAL_REP),
             yes_no("articles", "变更事项是否涉及章程记载事项？", "不涉及", "涉及，需修改章程"),
             yes_no("change-domicile", "是否变更住所？", "不变更住所", "变更住所"),
             yes_no("change-legal-rep", "是否变更法定代表人？", "不变更", "变更法定代表人"),
             yes_no("paper-licence", "是否换发纸质营业执照？", "只用电子营业执照（自动更新）", "换发纸质执照")],
    "SG04": [who_applies(LEGAL_REP),
             situation("deregistration", "采用哪种注销程序？",
                       [("general", "一般注销（已完成清算）"), ("simple", "简易注销（全体投资人书面承诺）")],
                       "general")],
    "SG05": [who_applies("经营者本人办理")],
    "SG08": [who_applies(LEGAL_REP)],
    "SG09": [situation("procedure", "选择哪种审批方式？",
                       [("general", "一般程序（审查资料并现场审核后发证）"),
                        ("commitment", "告知承诺（签署承诺书，当场发证）")], "general"),
             yes_no("central-ac", "场所是否使用集中空调通风系统？", "不使用", "使用")],
    "SG10": [situation("setup-approval", "该医疗机构是否须经设置审批（或备案）？",
                       [("required", "须经设置审批或备案，已取得批准书或备案回执"),
                        ("exempt", "按规定无需设置审批")], "required")],
    "SG13": [who_applies("抵押人、抵押权人本人（法定代表人）办理")],
    "SG14": [situation("reason", "因何提取住房公积金？",
                       [("purchase", "购买、建造、翻建、大修自住住房"), ("rent", "租房"),
                        ("retire", "离休、退休"), ("terminated", "完全丧失劳动能力并与单位终止劳动关系")],
                       "purchase")],
    "SG15": [situation("applicant", "由谁申领？",
                       [("self", "本人申领（年满16周岁）"), ("guardian", "监护人为未满16周岁的未成年人代办")],
                       "self")],
    "SG20": [yes_no("new-project", "是否为新建、改建、扩建项目？", "否", "是"),
             yes_no("sewage-plant", "是否为城镇污水集中处理设施？", "否", "是")],
    "SG23": [who_applies("当事人本人办理")],
    "SG24": [who_applies()],
    "SG25": [situation("applicant", "由谁申请？",
                       [("self", "残疾人本人申请"),
                        ("guardian", "监护人代为申请（精神、智力残疾人或未成年人）")], "self")],
}


def when(sid, *options):
    return [{"situation": sid, "options": list(options)}]


AGENT = when("applicant", "agent")

# Every 情形必要 row and the answers for which it applies.
CONDITIONS = Table([
    ("SG01", "批准文件或许可证件", when("prelicence", "yes")),
    ("SG01", "授权委托书", AGENT),
    ("SG02", "授权委托书", AGENT),
    ("SG02", "前置审批文件", when("prelicence", "yes")),
    ("SG03", "章程修正案", when("articles", "yes")),
    ("SG03", "新住所", when("change-domicile", "yes")),
    ("SG03", "新任法定代表人", when("change-legal-rep", "yes")),
    ("SG03", "营业执照正副本", when("paper-licence", "yes")),
    ("SG03", "授权委托书", AGENT),
    ("SG04", "清算报告", when("deregistration", "general")),
    ("SG04", "全体投资人承诺书", when("deregistration", "simple")),
    ("SG04", "授权委托书", AGENT),
    ("SG05", "授权委托书", AGENT),
    ("SG08", "授权委托书", AGENT),
    ("SG09", "集中空调", when("central-ac", "yes")),
    ("SG09", "告知承诺书", when("procedure", "commitment")),
    ("SG10", "设置医疗机构批准书", when("setup-approval", "required")),
    ("SG13", "授权委托书", AGENT),
    ("SG14", "购房合同", when("reason", "purchase", "rent")),
    ("SG14", "退休证明", when("reason", "retire", "terminated")),
    ("SG15", "监护人", when("applicant", "guardian")),
    ("SG20", "环境影响评价", when("new-project", "yes")),
    ("SG20", "城镇污水", when("sewage-plant", "yes")),
    ("SG23", "授权委托书", AGENT),
    ("SG24", "授权委托书", AGENT),
    ("SG25", "监护人证明", when("applicant", "guardian")),
])

# Materials asked for once in a bundle.
SHARED_KEYS = Table([
    ("SG01", "身份证（经营者身份证明）", "applicant-id"),
    ("SG05", "经营者身份证明", "applicant-id"),
    ("SG14", "职工身份证", "applicant-id"),
    ("SG15", "居民身份证", "applicant-id"),
    ("SG22", "申请人的身份证明", "applicant-id"),
    ("SG23", "申请人身份证", "applicant-id"),
    ("SG24", "申请人身份证明", "applicant-id"),
    ("SG25", "居民身份证", "applicant-id"),
    ("SG28", "身份证", "applicant-id"),
    ("SG09", "法定代表人或者负责人身份证明", "legal-rep-id"),
    ("SG27", "拟任法定代表人的居民身份证", "legal-rep-id"),
    ("SG07", "营业执照", "business-licence"),
    ("SG08", "营业执照", "business-licence"),
    ("SG03", "营业执照正副本", "business-licence-original"),
    ("SG05", "营业执照正副本", "business-licence-original"),
    ("SG01", "授权委托书", "agent-authorisation"),
    ("SG02", "授权委托书", "agent-authorisation"),
    ("SG03", "授权委托书", "agent-authorisation"),
    ("SG04", "授权委托书", "agent-authorisation"),
    ("SG05", "授权委托书", "agent-authorisation"),
    ("SG08", "授权委托书", "agent-authorisation"),
    ("SG13", "授权委托书", "agent-authorisation"),
    ("SG23", "授权委托书", "agent-authorisation"),
    ("SG24", "授权委托书", "agent-authorisation"),
    ("SG01", "经营场所使用相关文件", "premises-proof"),
    ("SG02", "住所（经营场所）使用相关文件", "premises-proof"),
    ("SG03", "新住所使用相关文件", "premises-proof"),
    ("SG10", "用房产权证明", "premises-proof"),
    ("SG27", "住所证明", "premises-proof"),
    ("SG01", "批准文件或许可证件", "prelicence-approval"),
    ("SG02", "前置审批文件", "prelicence-approval"),
    ("SG16", "居民户口簿", "household-register"),
    ("SG18", "居民户口簿", "household-register"),
    ("SG25", "居民户口簿", "household-register"),
    ("SG28", "户口本", "household-register"),
])

# Certificates a signed commitment may replace (告知承诺), with the reason from the source.
COMMITMENT_IN_LIEU = Table([
    ("SG09", "公共场所卫生检测或者评价报告", "源数据备注“告知承诺时可承诺后补”"),
    ("SG11", "施工图设计文件审查合格书", "材料名称写明“或按规定实行告知承诺/数字化联审”"),
    ("SG19", "机动车辆行驶证", "材料名称写明“或拟投入车辆承诺书”"),
    ("SG02", "住所（经营场所）使用相关文件", "源数据备注“部分地区实行住所申报承诺制”（济南是否实行未核实）"),
    ("SG03", "新住所使用相关文件", "同 SG02 的住所申报承诺制（济南是否实行未核实）"),
])

JINAN_PAGE = ("http://zwfw.jinan.gov.cn/art/2025/7/11/art_98754_985.html"
              "（济南市政务服务网，个体工商户/小微企业开办一件事页面）")

BUNDLES = [
    {"code": "JN-B01", "name": "个体工商户开办一件事",
     "description": "以开办销售预包装食品的个体小超市、便利店为例：一次申请，同时办理个体工商户设立登记、"
                    "仅销售预包装食品经营者备案和经营者本人的社会保障卡申领（灵活就业人员参保后用卡），"
                    "经营者身份证明、授权委托书等共用材料只收一次。济南“个体工商户开办一件事”页面列出经营主体登记注册、"
                    "灵活就业人员参保登记、创业补贴申领三项，后两项不在本目录中，故以目录中相近的事项组合；"
                    "由 OneTrip 重建，仅供测试和演示。",
     "items": ["JN-SG01", "JN-SG07", "JN-SG15"],
     "provenance": {"record": "reconstructed",
                    "note": "组合由 OneTrip 依据济南“个体工商户开办一件事”页面重建，不是官方发布的一件事清单",
                    "sources": [JINAN_PAGE]}},
    {"code": "JN-B02", "name": "企业开办一件事",
     "description": "以有限责任公司开办便利店为例：一次申请，同时办理企业设立登记和仅销售预包装食品经营者备案；"
                    "备案所需的营业执照由设立登记结果共享，免于提交。实际的企业开办一件事还包括公章刻制、发票申领、"
                    "社保登记、公积金缴存登记（见企业设立登记的办理形式说明），这些事项不在本目录中；"
                    "由 OneTrip 组合重建，仅供测试和演示。",
     "items": ["JN-SG02", "JN-SG07"],
     "provenance": {"record": "reconstructed",
                    "note": "组合由 OneTrip 重建，不是官方发布的一件事清单"}},
]

# (name fragment, text), first match wins; then the source decides.
HOW_BY_NAME = [
    ("指纹", "在窗口现场采集，无需事先准备。"),
    ("机动车辆行驶证", "提供车辆行驶证和车辆技术等级评定结论的复印件；尚未购置车辆的，签署拟投入车辆承诺书。"),
    ("经办人身份证明和委托书", "携带负责人和经办人的身份证件；经办人另需单位出具的委托书。"),
    ("经济困难", "如实填写经济困难状况说明或签署个人诚信承诺；法律援助机构通过信息共享核查。"),
    ("筹资/贷款承诺书", "由项目单位出具资本金、配套和自筹资金的证明，并向金融机构取得筹资或贷款承诺。"),
    ("高级管理人员任职文件", "按公司章程由股东会（董事会）作出选举或聘任决定，并附上述人员的身份证件复印件。"),
    ("新任法定代表人任职文件", "按公司章程作出任免决定（股东会或董事会决议），并附新任法定代表人的身份证件。"),
    ("原居民身份证", "携带本人原居民身份证，办理时交回。"),
    ("父母有效身份证件", "携带新生儿父母双方的有效身份证件原件，核验后退还。"),
    ("居民身份证复印件", "复印拟任法定代表人的居民身份证（或其他身份证明文件）。"),
    ("开办资金", "由举办单位出具开办资金确认证明，或委托会计师事务所出具验资证明。"),
    ("执业药师注册证", "提供企业负责人、质量负责人的身份证件、学历证书和执业药师注册证复印件；执业药师注册信息可共享核验。"),
    ("管理制度", "由申请人按有关规定制定，单位申请的加盖公章。"),
    ("仓库使用证明", "提供经营场所和仓库的产权证明或租赁合同，并绘制平面布局图。"),
    ("平面", "委托设计单位绘制，或由申请人按实际情况绘制并签字（盖章）确认。"),
    ("规划许可证", "由自然资源和规划部门核发；已通过系统共享的无需另行提交。"),
    ("用地批准手续", "由自然资源和规划部门办理用地批准或不动产登记；已通过系统共享的无需另行提交。"),
    ("抵押合同", "由抵押权人（银行）与抵押人签订；银行线上推送的无需另交。"),
    ("批复文件", "向作出批复的发展改革部门或主管部门申请；已取得的提供复印件。"),
    ("选址意见书", "向自然资源和规划部门申请出具。"),
    ("预审意见", "向自然资源部门申请用地（用海）预审，或提供土地权属证明。"),
    ("节能审查", "向节能审查机关申请出具节能审查意见。"),
    ("审核意见", "向上一级发展改革部门或行业主管部门申请出具。"),
    ("社会稳定风险评估", "按规定开展社会稳定风险评估并取得评估意见。"),
    ("新生儿姓名", "父母商定新生儿姓名，填写在登记表中。"),
    ("授权委托书", "由申请人（委托人）签署授权委托书，写明委托事项和权限；受托人办理时携带本人身份证件原件。"),
    ("委托书", "由申请人（委托人）签署委托书，写明委托事项和权限；经办人办理时携带本人身份证件原件。"),
    ("告知承诺书", "使用窗口或政务服务网提供的告知承诺书文本，如实填写后由申请人（法定代表人）签字或盖章。"),
    ("全体投资人承诺书", "使用窗口或政务服务网提供的承诺书文本，由全体投资人签字（盖章）确认。"),
    ("承诺书", "使用窗口或政务服务网提供的承诺书文本，如实填写后由申请人（法定代表人）签字或盖章。"),
    ("章程修正案", "按变更决议修改章程或制作章程修正案，由法定代表人签署。"),
    ("章程草案", "由举办单位拟定章程草案并加盖公章。"),
    ("章程", "按《公司法》等规定制定公司章程，由全体股东签署。"),
    ("决议", "按公司章程由股东会（董事会）作出决议或由股东作出书面决定，并签字盖章。"),
    ("清算报告", "由清算组完成清算后制作清算报告，报股东会（股东）确认并签字盖章。"),
    ("申请书", "在政务服务网在线填报，或到窗口领取后填写；由申请人签字，单位申请的由法定代表人签字并加盖公章。"),
    ("申请表", "在政务服务网在线填报，或到窗口领取后填写；由申请人签字，单位申请的由法定代表人签字并加盖公章。"),
    ("登记表", "到窗口领取或在线填写，由申请人签字确认。"),
    ("注册书", "到窗口领取或在线填写，由申请人签字或盖章。"),
    ("采集表", "在政务服务网在线填报，或到窗口领取后填写。"),
    ("相片", "到有资质的照相馆拍摄并取得数码相片回执，或在窗口现场采集。"),
    ("照片", "到照相馆拍摄符合规格的证件照，或在窗口现场采集。"),
    ("证件照", "到照相馆拍摄符合规格的证件照，或在窗口现场采集。"),
    ("银行借记卡", "使用本人名下的银行借记卡；没有的先到银行开户。"),
    ("律师协会", "在律师事务所实习满一年后，向所在地律师协会申请实习考核，考核合格后由律师协会出具。"),
    ("同意接收", "向拟执业的律师事务所申请，由律师事务所出具并盖章。"),
    ("病历", "向就诊的医疗机构申请复印病历或开具诊断证明。"),
    ("可行性研究报告", "委托具备相应工程咨询资质的机构编制。"),
    ("评估报告或行业主管部门审查意见", "委托具备相应工程咨询资质的机构评估，或向行业主管部门申请出具审查意见。"),
    ("居民户口簿", "由公安机关户籍管理部门核发；携带户口簿原件。"),
    ("户口本", "由公安机关户籍管理部门核发；携带户口簿原件。"),
    ("居民身份证", "由公安机关户籍管理部门核发；携带本人居民身份证原件。"),
    ("营业执照", "由市场监管（行政审批）部门核发；携带营业执照正、副本原件。"),
    ("学历证书", "由毕业院校或学位授予单位颁发；遗失的向原院校申请出具学历（学位）证明。"),
    ("法律职业资格证书", "由司法部颁发；携带证书原件和复印件。"),
    ("驾驶证", "驾驶证由公安机关交通管理部门核发，从业资格证由交通运输主管部门核发；携带原件和复印件。"),
    ("监护", "携带监护人身份证件，以及户口簿、出生医学证明或法院判决等能证明监护关系的材料。"),
    ("退休证明", "由社会保险经办机构或原单位出具。"),
    ("任职文件", "由任免机关或单位出具任职文件。"),
    ("身份证", "由公安机关户籍管理部门核发；携带本人身份证原件。"),
    ("批准", "向作出批准的机关申请出具批准文件；已取得的提供原件或复印件。"),
    ("场所", "自有房产提供不动产权证书（可共享核验）；租用的提供租赁合同和出租方的产权证明。"),
    ("住所", "自有房产提供不动产权证书（可共享核验）；租用的提供租赁合同和出租方的产权证明。"),
    ("用房", "自有房产提供不动产权证书（可共享核验）；租用的提供租赁合同和出租方的产权证明。"),
]

HOW_BY_SOURCE = {
    "applicant": "由申请人自行准备；需要签字的由申请人签字，单位申请的加盖公章。",
    "government": "向核发（出具）该文件的政府部门申领；已取得的携带原件，复印件须与原件一致。",
    "intermediary": "委托具备相应资质的第三方机构（检测、评价、评估或咨询机构）出具，注意报告在有效期内。",
    "other": "向出具该材料的单位申请。",
}


def how_to_obtain(name, source_key, source_text, guide_id):
    """What the applicant does to get the material, in plain Chinese."""
    if source_key == "data-sharing":
        text = "无需提交：窗口通过数据共享或电子证照库调取核验。"
        if "如系统数据不全" in source_text:
            text += "系统中数据不全时，由申请人提交。"
        return text
    if source_key == "intermediary":
        return HOW_BY_SOURCE["intermediary"]
    for fragment, text in HOW_BY_NAME:
        if fragment in name:
            return text
    return HOW_BY_SOURCE[source_key]
