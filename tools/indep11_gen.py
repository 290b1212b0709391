#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""indep11_gen.py - independent synthetic SIM-registration population generator (Vietnam).

Written only from the batch-format contract and the Vietnam domain fact sheet, to
measure a SIM-registration fraud auditor on populations it has never seen.

Usage:
    python3 tools/indep11_gen.py --rows N --seed S --scenario NAME --out DIR
    python3 tools/indep11_gen.py --list-scenarios

Writes DIR/batch.csv (batch columns of the contract, UTF-8, header) and DIR/labels.csv
(carrier,msisdn,junk,non_owner,pattern), one label row per subscription (carrier +
normalised msisdn).  A batch row count of exactly N includes a few history rows
(earlier rows of the same subscription: re-registration, SIM replacement, transfer,
SIM swap, reissued numbers); labels describe the current state (latest registered_at).

Label semantics (batch-format.md):
  JUNK      registration does not stand for a genuine end user at activation
            (pre-activated / mass registered for resale, fabricated / borrowed /
            bought / leaked identities, SIM farms / SIM boxes, spam, scam, OTP resale)
  NON_OWNER registered in the name of a real person who is not the one holding or
            using it (stolen / leaked documents, dealer extra SIMs on a walk-in
            customer's document, identities sold or rented, relative's document,
            SIM swap takeover)

Python 3 standard library only.  Deterministic: every random draw comes from
random.Random("indep11|rows|seed|scenario").
"""
import argparse
import bisect
import datetime
import os
import random
import sys
import unicodedata

COLUMNS = (
    "carrier", "msisdn", "imsi", "iccid", "subscriber_type", "id_type", "id_number",
    "full_name", "date_of_birth", "gender", "nationality", "province", "registered_at",
    "channel", "agent_id", "device_imei", "selfie_hash", "face_match", "popdb_check",
    "status", "first_use_imei", "active_days_30d", "out_calls_30d", "in_calls_30d",
    "out_sms_30d", "in_sms_30d", "distinct_callees_30d", "topup_vnd_30d", "data_mb_30d",
)
LABEL_HEADER = "carrier,msisdn,junk,non_owner,pattern"
DAY = 86400
EMPTY8 = ("",) * 8

# ---------------------------------------------------------------- reference data
# 63 legacy province codes (Circular 07/2016 Appendix 1) with approx. population (millions, 2019)
PROVINCES = [
    ("001", 8.05), ("002", 0.85), ("004", 0.53), ("006", 0.31), ("008", 0.78), ("010", 0.73),
    ("011", 0.60), ("012", 0.46), ("014", 1.25), ("015", 0.82), ("017", 0.85), ("019", 1.29),
    ("020", 0.78), ("022", 1.32), ("024", 1.80), ("025", 1.46), ("026", 1.15), ("027", 1.37),
    ("030", 1.89), ("031", 2.03), ("033", 1.25), ("034", 1.86), ("035", 0.85), ("036", 1.78),
    ("037", 0.98), ("038", 3.64), ("040", 3.33), ("042", 1.29), ("044", 0.90), ("045", 0.63),
    ("046", 1.13), ("048", 1.13), ("049", 1.50), ("051", 1.23), ("052", 1.49), ("054", 0.87),
    ("056", 1.23), ("058", 0.59), ("060", 1.23), ("062", 0.54), ("064", 1.51), ("066", 1.87),
    ("067", 0.62), ("068", 1.30), ("070", 0.99), ("072", 1.17), ("074", 2.46), ("075", 3.10),
    ("077", 1.15), ("079", 8.99), ("080", 1.69), ("082", 1.76), ("083", 1.29), ("084", 1.01),
    ("086", 1.02), ("087", 1.60), ("089", 1.91), ("091", 1.72), ("092", 1.24), ("093", 0.73),
    ("094", 1.20), ("095", 0.91), ("096", 1.19),
]
PROV_CODES = [c for c, _ in PROVINCES]
# share of residents whose birth was registered in the province of residence
STAY = {"079": 0.55, "074": 0.38, "075": 0.62, "001": 0.72, "027": 0.60, "048": 0.70,
        "077": 0.66, "026": 0.75, "031": 0.85, "092": 0.80, "022": 0.80, "024": 0.82,
        "030": 0.86, "033": 0.84, "080": 0.80, "070": 0.75, "068": 0.80, "066": 0.82,
        "064": 0.84, "056": 0.85}
NW_HMONG = {"002", "010", "011", "012", "014", "015"}
TAY_THAI = {"004", "006", "008", "020", "017", "011", "014", "019", "012"}
KHMER = {"094", "084", "091", "095", "089"}
POOR_SOURCES = ["002", "004", "006", "011", "012", "014", "010", "020", "038", "040", "062",
                "064", "094", "084", "096", "095", "093", "087", "089"]
IZ_PROVS = {"074", "075", "027", "026", "024", "031", "030", "033", "022", "080", "077",
            "001", "079", "070", "072"}
UNI_PROVS = {"001", "079", "048", "046", "092", "019", "040", "052"}
TOURIST_PROVS = [("079", 4), ("001", 3), ("048", 2), ("056", 1.5), ("091", 1.2), ("022", 0.5),
                 ("068", 0.4), ("060", 0.3)]
# legacy CMND (9 digit) prefixes of the issuing provincial police (approx.)
CMND_PREFIX = {
    "001": "01", "079": "02", "031": "03", "011": "04", "012": "04", "014": "05", "010": "06",
    "015": "06", "002": "07", "008": "07", "020": "08", "004": "08", "019": "09", "006": "09",
    "022": "10", "017": "11", "024": "12", "027": "12", "025": "13", "026": "13", "030": "14",
    "033": "14", "034": "15", "036": "16", "035": "16", "037": "16", "038": "17", "040": "18",
    "042": "18", "044": "19", "045": "19", "046": "19", "048": "20", "049": "20", "051": "21",
    "052": "21", "054": "22", "056": "22", "062": "23", "064": "23", "066": "24", "067": "24",
    "068": "25", "058": "26", "060": "26", "075": "27", "077": "27", "074": "280", "070": "285",
    "072": "29", "080": "30", "082": "31", "083": "32", "086": "33", "084": "33", "087": "34",
    "089": "35", "092": "36", "093": "36", "094": "36", "091": "37", "095": "38", "096": "38",
}
BAD_PPP = ["003", "005", "009", "013", "099", "100", "097", "069", "999", "050"]

# carrier: share %, IMSI MNC, ICCID issuer, ICCID length, MSISDN prefixes (national), style, code
CARRIERS = [
    ("VIETTEL", 54.0, "04", "04", 20, ["86", "96", "97", "98", "32", "33", "34", "35", "36", "37", "38", "39"], "84", "VT"),
    ("VINAPHONE", 20.5, "02", "02", 20, ["88", "91", "94", "83", "84", "85", "81", "82"], "0", "VN"),
    ("MOBIFONE", 21.0, "01", "01", 20, ["89", "90", "93", "70", "79", "77", "76", "78"], "84", "MB"),
    ("VIETNAMOBILE", 2.4, "05", "05", 19, ["92", "56", "58", "52"], "0", "VM"),
    ("GMOBILE", 0.5, "07", "07", 19, ["993", "994", "995", "996", "997", "59"], "0", "GM"),
    ("ITEL", 0.8, "08", "08", 19, ["87"], "0", "IT"),
    ("REDDI", 0.2, "09", "09", 19, ["55"], "+84", "RD"),
    ("WINTEL", 0.2, "09", "09", 19, ["55"], "+84", "WT"),
    ("ASIM", 0.15, "02", "02", 20, ["81", "82", "85"], "0", "AS"),
    ("DIGILIFE", 0.08, "01", "01", 20, ["89", "79"], "84", "DG"),
    ("LOCAL", 0.12, "01", "01", 20, ["89", "77", "76"], "0", "LC"),
]
CAR = {c[0]: c for c in CARRIERS}
BIG3 = ["VIETTEL", "VINAPHONE", "MOBIFONE"]
MVNO = {"ITEL", "REDDI", "WINTEL", "ASIM", "DIGILIFE", "LOCAL"}
# upper-case / diacritic-free export habits per carrier (probabilities)
NAME_UP = {"VIETTEL": 0.03, "VINAPHONE": 0.06, "MOBIFONE": 0.22, "VIETNAMOBILE": 0.10,
           "GMOBILE": 0.3, "ITEL": 0.08, "REDDI": 0.1, "WINTEL": 0.1, "ASIM": 0.1,
           "DIGILIFE": 0.1, "LOCAL": 0.1}
NAME_NODIA = {"VIETTEL": 0.02, "VINAPHONE": 0.03, "MOBIFONE": 0.03, "VIETNAMOBILE": 0.15,
              "GMOBILE": 0.25, "ITEL": 0.3, "REDDI": 0.35, "WINTEL": 0.35, "ASIM": 0.3,
              "DIGILIFE": 0.3, "LOCAL": 0.35}
USAGE_MISS = {"ASIM": 0.5, "DIGILIFE": 0.6, "LOCAL": 0.6, "REDDI": 0.3, "WINTEL": 0.3,
              "GMOBILE": 0.2, "ITEL": 0.15}

PHONE_TACS = ["35332811", "35467111", "35290611", "35938510", "35176012", "35846210",
              "35391110", "35325711", "35675811", "35407115", "35899410", "86241905",
              "86890604", "86768404", "86259304", "86770205", "86436105", "86085006",
              "86463204", "86719305", "86991206", "86350105", "86813206", "35208311"]
FEATURE_TACS = ["35314209", "35700606", "35940210", "86517803", "86092103"]
TABLET_TACS = ["35256911", "35921711", "35488110", "86603704"]
ROUTER_TACS = ["86789003", "86219003", "86377504", "86155205"]
IOT_TACS = ["86695204", "86769804", "86532503", "86140405"]
TRACKER_TACS = ["86217003", "86393805"]
GATEWAY_TACS = ["86263404", "86888803", "86312402"]
MODEM_TACS = ["86272502", "86407801", "86681903"]
DESK_TACS = ["86044106", "35612009"]

SURNAMES = [("Nguyễn", 38), ("Trần", 11), ("Lê", 9.5), ("Phạm", 7), ("Hoàng", 5), ("Phan", 4.5),
            ("Vũ", 4.2), ("Đặng", 2.1), ("Bùi", 2), ("Đỗ", 1.4), ("Hồ", 1.3), ("Ngô", 1.3),
            ("Dương", 1), ("Lý", 0.5), ("Đinh", 0.6), ("Đào", 0.5), ("Trương", 0.6),
            ("Lương", 0.4), ("Mai", 0.4), ("Cao", 0.4), ("Tạ", 0.2), ("Lâm", 0.3), ("Hà", 0.4),
            ("Phùng", 0.2), ("Tô", 0.2), ("Kiều", 0.1), ("Châu", 0.2), ("Quách", 0.1),
            ("Thái", 0.2), ("Triệu", 0.2), ("La", 0.1), ("Vương", 0.1), ("Lưu", 0.2),
            ("Từ", 0.1), ("Tăng", 0.1), ("Chu", 0.1), ("Doãn", 0.05), ("Khúc", 0.05),
            ("Âu", 0.05), ("Mạc", 0.05), ("Lại", 0.1), ("Văn", 0.05), ("Giang", 0.05)]
MID_M_OLD = ["Văn"] * 12 + ["Đức", "Hữu", "Công", "Đình", "Xuân", "Quang", "Ngọc", "Minh", "Thanh", "Bá"]
MID_M_NEW = ["Văn"] * 3 + ["Đức", "Minh", "Quang", "Hữu", "Công", "Thành", "Xuân", "Ngọc",
                            "Anh", "Đình", "Trọng", "Hoàng", "Gia", "Tuấn", "Duy", "Quốc",
                            "Thanh", "Tiến", "Bảo", "Hải", "Nhật", "Việt", "Trung", "Khánh"]
MID_F = ["Ngọc", "Thu", "Thanh", "Kim", "Phương", "Minh", "Bảo", "Khánh", "Mai", "Hồng",
         "Diệu", "Hoài", "Thùy", "Bích", "Mỹ", "Tuyết", "Quỳnh", "Hà", "Như", "Yến", "Lan",
         "Hải", "Tường", "Cẩm", "Huyền"]
GIV_M = ["Anh", "Bảo", "Bình", "Cường", "Chiến", "Công", "Dũng", "Duy", "Dương", "Đạt", "Định",
         "Đông", "Đức", "Giang", "Hải", "Hào", "Hậu", "Hiếu", "Hiệp", "Hòa", "Hoàng", "Hùng",
         "Hưng", "Huy", "Khải", "Khang", "Khánh", "Khoa", "Kiên", "Lâm", "Lộc", "Long", "Luân",
         "Mạnh", "Minh", "Nam", "Nghĩa", "Nhân", "Nhật", "Phát", "Phong", "Phúc", "Phước",
         "Quân", "Quang", "Quý", "Sang", "Sơn", "Tài", "Tâm", "Tân", "Thái", "Thắng", "Thành",
         "Thiện", "Thịnh", "Thông", "Tiến", "Toàn", "Trí", "Trọng", "Trung", "Trường", "Tú",
         "Tuấn", "Tùng", "Việt", "Vinh", "Vũ", "Vương", "Hưởng", "Lực", "Thuận", "Đạo", "Khôi",
         "Kiệt", "Nguyên", "Hiển", "Thạch", "Sĩ"]
GIV_F = ["An", "Anh", "Ánh", "Bích", "Châu", "Chi", "Cúc", "Diễm", "Diệp", "Dung", "Duyên",
         "Giang", "Hà", "Hạnh", "Hằng", "Hân", "Hiền", "Hoa", "Huệ", "Hương", "Huyền", "Khánh",
         "Lan", "Liên", "Linh", "Loan", "Ly", "Mai", "My", "Nga", "Ngân", "Ngọc", "Nhi",
         "Nhung", "Oanh", "Phương", "Quyên", "Quỳnh", "Sương", "Tâm", "Thảo", "Thoa", "Thu",
         "Thư", "Thủy", "Thúy", "Trang", "Trâm", "Trinh", "Tuyết", "Uyên", "Vân", "Vy",
         "Xuân", "Yến", "Hồng", "Lệ", "Nguyệt", "Hậu", "Hoài", "Hường", "Thắm", "Lụa"]
HMONG_SUR = ["Giàng", "Sùng", "Vàng", "Thào", "Hầu", "Mùa", "Lầu", "Vừ", "Lý", "Cứ", "Hờ"]
HMONG_M = ["Páo", "Sử", "Chứ", "Dính", "Lử", "Tủa", "Dế", "Sình", "Pó", "Chớ", "Sính", "Nhè"]
HMONG_F = ["Mỷ", "Dợ", "Mai", "Sua", "Chở", "Sủ", "Pà", "Dế", "Xí", "Mỉ", "Của"]
TAY_SUR = ["Lò", "Quàng", "Cầm", "Lường", "Hà", "Nông", "Ma", "Lục", "Hoàng", "Vi", "Lộc", "Triệu", "Lành"]
KHMER_SUR = ["Thạch", "Sơn", "Kim", "Danh", "Lâm", "Chau", "Lý", "Huỳnh"]
KHMER_M = ["Sa Rươn", "Sóc", "Phan Na", "Tha", "Ren", "Sa Vy", "Sóc Kha", "Chanh Đa", "Phol"]
KHMER_F = ["Sa Rê", "Sô Phi", "Kim Thoa", "Sa Ly", "Sô Pha", "Thị Mỹ", "Chanh Thu", "Srây"]

ORG_FORM = ["Công ty TNHH", "Công ty Cổ phần", "Công ty CP", "Tổng Công ty", "Chi nhánh Công ty TNHH",
            "Doanh nghiệp tư nhân", "Hợp tác xã", "Công ty TNHH MTV"]
ORG_BIZ = {
    "iot": ["Điện lực", "Cấp nước", "Giải pháp IoT", "Công nghệ Đo lường", "Thanh toán Điện tử",
            "Thiết bị Thông minh", "Năng lượng", "Camera An ninh"],
    "fleet": ["Vận tải", "Logistics", "Taxi", "Giao hàng Nhanh", "Xe khách", "Vận tải Biển",
              "Chuyển phát"],
    "cc": ["Chăm sóc Khách hàng", "Dịch vụ Tổng đài", "Tài chính Tiêu dùng", "Bảo hiểm",
           "Viễn thông Số", "Thương mại Điện tử"],
    "emp": ["Xây dựng", "May mặc", "Điện tử", "Dược phẩm", "Thực phẩm", "Bất động sản",
            "Thương mại Dịch vụ", "Cơ khí", "Giáo dục", "Du lịch"],
    "shell": ["Thương mại Dịch vụ", "Truyền thông", "Công nghệ Số", "Xuất nhập khẩu", "Đầu tư",
              "Giải pháp Marketing", "Phát triển Thương mại"],
}
ORG_BRAND = ["Minh Phát", "Hoàng Long", "Thành Công", "Sao Việt", "An Phú", "Đại Dương",
             "Phương Nam", "Bình Minh", "Việt Tiến", "Hưng Thịnh", "Tân Á", "Kim Cương",
             "Trường Sơn", "Nam Việt", "Phú Gia", "Thiên Long", "Hải Âu", "Sông Hồng",
             "Đông Á", "Tín Nghĩa", "Hòa Bình", "Ánh Dương", "Vạn Xuân", "Bách Khoa", "Lạc Hồng",
             "Sài Gòn", "Thăng Long", "Cửu Long", "Mê Kông", "Toàn Cầu"]
TAX_PREFIX = {"001": "01", "079": "03", "031": "02", "048": "04", "074": "37", "075": "36",
              "027": "23", "092": "18", "022": "57", "026": "25", "077": "35", "056": "42"}

FOREIGN = {
    # nationality: (family names, male given, female given, family-first?, passport format)
    "KR": (["KIM", "LEE", "PARK", "CHOI", "JUNG", "KANG", "YOON"],
           ["MIN JUN", "JI HOON", "SEUNG HO", "DONG HYUN", "JAE WON"],
           ["SEO YEON", "JI WOO", "HA EUN", "MIN JI", "SOO JIN"], True, "M8"),
    "CN": (["WANG", "LI", "ZHANG", "LIU", "CHEN", "YANG", "ZHAO"],
           ["WEI", "LEI", "JUN", "TAO", "HAO"], ["FANG", "JING", "MIN", "LI NA", "XIU YING"], True, "E8"),
    "TW": (["CHEN", "LIN", "HUANG", "CHANG", "LEE"], ["CHIA HAO", "CHIH MING", "WEI TING"],
           ["YU TING", "SHU FEN", "HSIN YI"], True, "N9"),
    "JP": (["TANAKA", "SATO", "SUZUKI", "TAKAHASHI", "WATANABE"], ["HIROSHI", "KENJI", "TAKUYA"],
           ["YUKI", "AIKO", "HARUKA"], True, "TK7"),
    "US": (["SMITH", "JOHNSON", "BROWN", "WILLIAMS", "NGUYEN"], ["JOHN", "MICHAEL", "DAVID", "JAMES"],
           ["SARAH", "EMILY", "JESSICA"], False, "N9"),
    "AU": (["WILSON", "TAYLOR", "ANDERSON", "TRAN"], ["JACK", "LIAM", "NOAH"], ["OLIVIA", "CHLOE"], False, "PA7"),
    "FR": (["MARTIN", "BERNARD", "DUBOIS", "PETIT"], ["PIERRE", "LUCAS", "HUGO"], ["CAMILLE", "MANON"], False, "FR"),
    "DE": (["MUELLER", "SCHMIDT", "SCHNEIDER", "FISCHER"], ["LUKAS", "JONAS", "FELIX"], ["ANNA", "LENA"], False, "DE"),
    "RU": (["IVANOV", "PETROV", "SMIRNOV", "KUZNETSOV"], ["DMITRII", "SERGEI", "ALEKSEI"],
           ["ANNA", "OLGA", "IRINA"], False, "N9"),
    "IN": (["SHARMA", "PATEL", "SINGH", "KUMAR"], ["RAHUL", "ARJUN", "VIKRAM"], ["PRIYA", "ANANYA"], False, "L7"),
    "TH": (["SRISAI", "WONGSA", "CHAIYA"], ["SOMCHAI", "NATTAPONG"], ["SUDA", "PIMCHANOK"], False, "AA7"),
    "KH": (["SOK", "CHAN", "KEO", "HENG"], ["DARA", "VISAL", "SOPHEAK"], ["SREYNEANG", "CHANTHA"], True, "N7"),
}
TOURIST_NAT = [("KR", 30), ("CN", 25), ("US", 8), ("JP", 7), ("TW", 6), ("AU", 5), ("RU", 4),
               ("FR", 3), ("DE", 3), ("IN", 4), ("TH", 3), ("KH", 2)]
WORKER_NAT = [("KR", 40), ("CN", 30), ("TW", 20), ("JP", 10)]

AGE_BANDS = [(14, 17, 4), (18, 24, 18), (25, 34, 25), (35, 44, 21), (45, 54, 15), (55, 64, 10),
             (65, 79, 6), (80, 92, 1)]
HOUR_SHOP = [0, 0, 0, 0, 0, 0, 0.2, 1, 4, 7, 8, 7, 5, 4, 5, 6, 7, 7, 6, 5, 3, 1.5, 0.5, 0.1]
HOUR_APP = [1, 0.6, 0.3, 0.2, 0.2, 0.4, 1, 2, 3, 4, 4, 4, 4, 3.5, 3.5, 3.5, 4, 4, 5, 6, 7, 7, 5, 2.5]
HOUR_NIGHT = [5, 4, 2, 1, 0.5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 3, 5, 6]
HOUR_EVENING = [1, 0.5, 0.2, 0, 0, 0, 0, 0.2, 0.5, 1, 1, 1, 1, 1, 1, 1, 1.5, 2, 4, 5, 6, 6, 4, 2]
HOUR_SHIFT = [0, 0, 0, 0, 0, 0, 0.5, 1, 1, 1, 1, 1, 1.5, 1.5, 1, 1, 1, 2, 5, 7, 7, 6, 3, 0.5]
K_GENUINE = [0, 1, 1, 1, 1, 2, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4]
TOPUP_CARDS = [10, 20, 20, 50, 50, 50, 100, 100, 100, 200, 200, 300, 500]


def _o(y, m, d):
    return datetime.date(y, m, d).toordinal()


LAUNCH = {"ITEL": _o(2019, 1, 1) * DAY, "REDDI": _o(2021, 1, 1) * DAY, "WINTEL": _o(2023, 1, 1) * DAY,
          "ASIM": _o(2021, 1, 1) * DAY, "DIGILIFE": _o(2022, 1, 1) * DAY, "LOCAL": _o(2021, 1, 1) * DAY}
D_MNP = _o(2018, 1, 8) * DAY        # mobile number portability (Circular 35/2017)
D_CHECK = _o(2022, 8, 1) * DAY      # population-database check mandatory for new subscribers
D_CAMPAIGN = _o(2023, 4, 1) * DAY   # 2023 clean-up locks
D_C08 = _o(2026, 4, 15) * DAY       # Circular 08/2026 in force
D_LOCK = _o(2026, 6, 15) * DAY      # VNeID non-confirmation one-way locks start

# ---------------------------------------------------------------- scenarios
NATIONAL_FRAUD = {
    "preact_leaked_id": 0.009, "preact_fabricated_id": 0.003, "agent_own_id": 0.003,
    "identity_theft_ring": 0.005, "replay_photo_ring": 0.002, "dealer_extra_sim": 0.006,
    "sim_farm_bought_id": 0.006, "otp_resale": 0.004, "sim_swap_takeover": 0.001,
    "relative_document": 0.007, "leaked_id_multi_province": 0.002, "shell_org_farm": 0.0015,
}
NATIONAL_LEGIT = {
    "busy_shop": 0.01, "family_shared_phone": 0.03, "org_iot": 0.015, "org_fleet": 0.005,
    "org_call_centre": 0.002, "org_employee": 0.008, "multi_sim_legit": 0.05,
    "data_only_sim": 0.012, "backup_sim": 0.012, "clerical_typo": 0.005,
    "foreign_passport": 0.006, "reregistration_update": 0.01, "sim_replacement": 0.01,
    "ownership_transfer": 0.003, "reissued_number": 0.004, "industrial_worker": 0.015,
    "student_sim": 0.008, "elderly_low_face": 0.008,
}
DEFAULTS = dict(
    t0=(2019, 1, 1), t1=(2026, 3, 20), export=(2026, 3, 31), growth=1.5, self_boost=0.0,
    port=0.04, name_var=1.0, nfd=0.0, focus=None, corrupt=0.03, batch=(10, 120), night=0.45,
    replay=0.1, used=0.35, spread_days=0, seq_msisdn=0.5, gw_rand=0.05, farm_usage="farm",
    otp_usage="otp", extra_delay="min", own_n=(20, 250), farm_face_real=0.6, deepfake=0.0,
    leak_reuse=0.25, ring_n=(15, 120), farm_n=(30, 400), face_all=False, usage_miss=0.04,
    desc="", fraud=NATIONAL_FRAUD, legit=NATIONAL_LEGIT,
)


def _scen(**kw):
    d = dict(DEFAULTS)
    d.update(kw)
    return d


def _mix(base, scale=1.0, **over):
    d = {k: v * scale for k, v in base.items()}
    d.update(over)
    return {k: v for k, v in d.items() if v > 0}


SCENARIOS = {
    "national_default": _scen(
        desc="realistic national mix 2019-2026, all carriers at market share, ~5% fraud rows, usual confounders"),
    "fraud_wave": _scen(
        desc="heavy 2025 fraud wave (~25% of rows): big night-time pre-activation batches, farms, OTP pools, shell orgs",
        t0=(2025, 1, 1), t1=(2025, 12, 20), export=(2026, 1, 31), growth=0.3, corrupt=0.08,
        batch=(40, 400), night=0.55, used=0.25, own_n=(50, 400), farm_n=(100, 800),
        fraud=_mix(NATIONAL_FRAUD, preact_leaked_id=0.06, preact_fabricated_id=0.02,
                   agent_own_id=0.025, identity_theft_ring=0.02, replay_photo_ring=0.005,
                   dealer_extra_sim=0.02, sim_farm_bought_id=0.04, otp_resale=0.03,
                   sim_swap_takeover=0.002, relative_document=0.007,
                   leaked_id_multi_province=0.006, shell_org_farm=0.02),
        legit=_mix(NATIONAL_LEGIT, 0.8)),
    "stealth_spread": _scen(
        desc="stealth: fraud in 2-5 SIM lots spread over many dealers and days, business hours, replayed photos, SIMs resold and used",
        corrupt=0.2, batch=(2, 5), night=0.03, replay=0.85, used=0.85, spread_days=12,
        seq_msisdn=0.0, gw_rand=0.9, farm_usage="farm_stealth", otp_usage="otp_stealth",
        extra_delay="days", own_n=(4, 7), leak_reuse=0.1, farm_n=(10, 60),
        fraud={"preact_leaked_id": 0.012, "dealer_extra_sim": 0.01, "leaked_id_multi_province": 0.006,
               "sim_farm_bought_id": 0.005, "otp_resale": 0.003, "relative_document": 0.006,
               "replay_photo_ring": 0.004, "agent_own_id": 0.002}),
    "stealth_replay": _scen(
        desc="stealth: identity rings replaying victims' ID photos (high face match) on rotating devices, farms on sold identities with the seller present, IMEI-randomising gateways",
        corrupt=0.08, batch=(3, 12), night=0.05, replay=0.95, used=0.9, spread_days=20,
        seq_msisdn=0.1, gw_rand=0.7, farm_usage="farm_stealth", otp_usage="otp_stealth",
        extra_delay="days", farm_face_real=0.85, deepfake=0.7, ring_n=(10, 60), farm_n=(20, 120),
        fraud={"replay_photo_ring": 0.015, "identity_theft_ring": 0.002, "sim_farm_bought_id": 0.008,
               "otp_resale": 0.005, "sim_swap_takeover": 0.002, "dealer_extra_sim": 0.004,
               "relative_document": 0.006, "preact_leaked_id": 0.003}),
    "industrial_zone": _scen(
        desc="Binh Duong / Dong Nai industrial belt: migrant workers in evening and Sunday bursts at IZ dealers, foreign workers, worker identities sold to farms",
        t0=(2022, 1, 1), growth=0.8, focus=[("074", 0.55), ("075", 0.12), ("079", 0.05)],
        corrupt=0.05, batch=(8, 60),
        fraud={"dealer_extra_sim": 0.02, "sim_farm_bought_id": 0.015, "relative_document": 0.01,
               "preact_leaked_id": 0.01, "otp_resale": 0.006, "identity_theft_ring": 0.004,
               "agent_own_id": 0.003, "leaked_id_multi_province": 0.002},
        legit=_mix(NATIONAL_LEGIT, industrial_worker=0.2, foreign_passport=0.02,
                   family_shared_phone=0.02, multi_sim_legit=0.04, busy_shop=0.02,
                   org_employee=0.02, org_fleet=0.01, student_sim=0.0)),
    "confounder_heavy": _scen(
        desc="confounder-heavy: orgs/IoT bulk, families on one phone, multi-SIM, data and backup SIMs, typos, name variants, foreigners, reissued numbers; ~1% fraud",
        port=0.08, name_var=2.5, nfd=0.01,
        fraud=_mix(NATIONAL_FRAUD, 0.25),
        legit=_mix(NATIONAL_LEGIT, busy_shop=0.04, family_shared_phone=0.08, org_iot=0.06,
                   org_fleet=0.02, org_call_centre=0.015, org_employee=0.03, multi_sim_legit=0.12,
                   data_only_sim=0.04, backup_sim=0.04, clerical_typo=0.02, foreign_passport=0.03,
                   reregistration_update=0.03, sim_replacement=0.03, ownership_transfer=0.01,
                   reissued_number=0.02, industrial_worker=0.04, student_sim=0.03,
                   elderly_low_face=0.03)),
    "post_circular08": _scen(
        desc="after Circular 08/2026 (Apr-Sep 2026): face auth on every row, VNeID non-confirmation locks, fraud shifts to replay/deepfake, SIM swaps and sold identities",
        t0=(2026, 4, 15), t1=(2026, 9, 10), export=(2026, 9, 15), growth=0.0, self_boost=0.12,
        face_all=True, replay=0.8, deepfake=0.5, night=0.15, used=0.6,
        fraud={"replay_photo_ring": 0.01, "sim_swap_takeover": 0.004, "identity_theft_ring": 0.002,
               "dealer_extra_sim": 0.005, "sim_farm_bought_id": 0.005, "otp_resale": 0.004,
               "preact_leaked_id": 0.003, "relative_document": 0.008, "leaked_id_multi_province": 0.002},
        legit=_mix(NATIONAL_LEGIT, unconfirmed_lock_legit=0.025, reregistration_update=0.02,
                   sim_replacement=0.015, student_sim=0.01, reissued_number=0.002)),
    "legacy_2017_2023": _scen(
        desc="2017-mid 2023 before/through the 2023 clean-up: CMND era, unchecked population DB, fabricated documents, sparse selfies",
        t0=(2017, 1, 1), t1=(2023, 6, 30), export=(2023, 7, 31), growth=0.8, corrupt=0.05,
        batch=(20, 300), night=0.5, used=0.3,
        fraud={"preact_fabricated_id": 0.03, "preact_leaked_id": 0.025, "agent_own_id": 0.012,
               "identity_theft_ring": 0.004, "dealer_extra_sim": 0.008, "sim_farm_bought_id": 0.008,
               "otp_resale": 0.006, "relative_document": 0.008, "leaked_id_multi_province": 0.004,
               "shell_org_farm": 0.004},
        legit=_mix(NATIONAL_LEGIT, reregistration_update=0.05, clerical_typo=0.01)),
}

# label (junk, non_owner) per pattern
FRAUD_LABELS = {
    "preact_leaked_id": (1, 1), "preact_fabricated_id": (1, 0), "agent_own_id": (1, 1),
    "identity_theft_ring": (1, 1), "replay_photo_ring": (1, 1), "dealer_extra_sim": (1, 1),
    "sim_farm_bought_id": (1, 1), "otp_resale": (1, 1), "sim_swap_takeover": (0, 1),
    "relative_document": (0, 1), "leaked_id_multi_province": (1, 1), "shell_org_farm": (1, 0),
}


# ---------------------------------------------------------------- helpers
def _cum(weights):
    out, s = [], 0.0
    for w in weights:
        s += w
        out.append(s)
    return out


_DBL = [0, 2, 4, 6, 8, 1, 3, 5, 7, 9]


def luhn_digit(body):
    s = 0
    dbl = True
    for ch in reversed(body):
        d = ord(ch) - 48
        s += _DBL[d] if dbl else d
        dbl = not dbl
    return str((10 - s % 10) % 10)


def luhn_ok(num):
    return luhn_digit(num[:-1]) == num[-1]


_STRIP = {}


def strip_dia(s):
    v = _STRIP.get(s)
    if v is None:
        t = unicodedata.normalize("NFD", s)
        t = "".join(ch for ch in t if unicodedata.category(ch) != "Mn")
        v = t.replace("Đ", "D").replace("đ", "d")
        _STRIP[s] = v
    return v


class Person(object):
    __slots__ = ("name", "sur", "g", "dob", "by", "bprov", "res", "cccd", "cmnd", "face",
                 "phone", "nat", "org", "pp", "doc")

    def __init__(self):
        self.cmnd = None
        self.doc = None
        self.nat = "VN"
        self.org = False
        self.pp = None


class Agent(object):
    __slots__ = ("code", "car", "prov", "kind", "w", "devs", "act_dev", "lot", "busy", "area")


# ---------------------------------------------------------------- generator
class Gen(object):
    def __init__(self, rows, seed, scenario):
        self.N = rows
        self.cfg = SCENARIOS[scenario]
        self.scenario = scenario
        self.r = random.Random("indep11|%d|%s|%s" % (rows, seed, scenario))
        c = self.cfg
        self.d0 = _o(*c["t0"])
        self.d1 = _o(*c["t1"])
        self.texp = _o(*c["export"]) * DAY + 6 * 3600
        self.tmax = self.texp - 2 * 3600
        self.ndays = self.d1 - self.d0 + 1
        self.rows = []       # (ts, line)
        self.labels = []     # (carrier, msisdn84, junk, non_owner, pattern)
        self.count = 0
        self.used_msisdn = set()
        self.used_ids = set()
        self.days = {}
        self.hms = ["T%02d:%02d:%02d+07:00" % (s // 3600, s // 60 % 60, s % 60) for s in range(DAY)]
        self.hc = {}
        for nm, prof in (("shop", HOUR_SHOP), ("app", HOUR_APP), ("night", HOUR_NIGHT),
                         ("evening", HOUR_EVENING), ("shift", HOUR_SHIFT)):
            self.hc[nm] = _cum(prof)
        self.age_cum = _cum([b[2] for b in AGE_BANDS])
        self.sur_names = [s for s, _ in SURNAMES]
        self.sur_cum = _cum([w for _, w in SURNAMES])
        # residence weights (with optional focus)
        popw = [w for _, w in PROVINCES]
        tot = sum(popw)
        resw = [w / tot for w in popw]
        if c["focus"]:
            fs = sum(s for _, s in c["focus"])
            resw = [w * (1 - fs) for w in resw]
            for code, s in c["focus"]:
                resw[PROV_CODES.index(code)] += s
        self.res_cum = _cum(resw)
        self.pop_cum = _cum(popw)
        # migration source distributions
        srcS, srcN = [], []
        for code, w in PROVINCES:
            k = int(code)
            if k >= 80:
                fs_, fn_ = 1.6, 0.1
            elif k >= 38 and k <= 46:
                fs_, fn_ = 1.5, 1.5
            elif k >= 48 and k <= 68:
                fs_, fn_ = 1.2, 0.3
            elif k >= 70:
                fs_, fn_ = 0.3, 0.05
            else:
                fs_, fn_ = 0.5, 1.5
            if code in ("079", "001", "074", "075"):
                fs_, fn_ = 0.05, 0.05
            srcS.append(w * fs_)
            srcN.append(w * fn_)
        self.srcS_cum = _cum(srcS)
        self.srcN_cum = _cum(srcN)
        self.poor_cum = _cum([dict(PROVINCES)[p] for p in POOR_SOURCES])
        # carriers
        self.car_names = [x[0] for x in CARRIERS]
        self.car_cum = _cum([x[1] for x in CARRIERS])
        self.big3_cum = _cum([CAR[x][1] for x in BIG3])
        self.serial = {}
        self.msin_base = {}
        self.icc_base = {}
        for x in CARRIERS:
            self.serial[x[0]] = self.r.randrange(10 ** 6, 10 ** 7)
            self.msin_base[x[0]] = self.r.randrange(10 ** 8, 9 * 10 ** 8) * 10
            self.icc_base[x[0]] = self.r.randrange(10, 99) * 10 ** (x[4] - 9)
        self.lots = {}
        self.phone_tac_cum = _cum([3 if t.startswith("35") else 2 for t in PHONE_TACS])
        self._make_agents()
        self.leaked = []
        self.swappers = []
        self.fake_faces = [self.r.getrandbits(64) for _ in range(6)]

    # ------------------------------------------------------------ basic draws
    def pick(self, items, cum):
        return items[bisect.bisect(cum, self.r.random() * cum[-1])]

    def pick_res(self):
        return PROV_CODES[bisect.bisect(self.res_cum, self.r.random() * self.res_cum[-1])]

    def pick_pop(self):
        return PROV_CODES[bisect.bisect(self.pop_cum, self.r.random() * self.pop_cum[-1])]

    def birth_prov(self, res, force_migrant=False):
        r = self.r
        if not force_migrant and r.random() < STAY.get(res, 0.93):
            return res
        k = int(res)
        cum = self.srcN_cum if (k < 38 or res == "001") else self.srcS_cum
        for _ in range(4):
            b = PROV_CODES[bisect.bisect(cum, r.random() * cum[-1])]
            if b != res:
                return b
        return b

    def pick_carrier(self, ts=None):
        c = self.car_names[bisect.bisect(self.car_cum, self.r.random() * self.car_cum[-1])]
        if ts is not None and c in LAUNCH and ts < LAUNCH[c]:
            return self.pick_big3()
        return c

    def pick_big3(self):
        return BIG3[bisect.bisect(self.big3_cum, self.r.random() * self.big3_cum[-1])]

    def rand_day(self, span=0):
        r = self.r
        g = self.cfg["growth"]
        nd = max(1, self.ndays - span)
        u = r.random()
        if g > 0:
            d = int(nd * (((1 + u * ((1 + g) ** 2 - 1)) ** 0.5) - 1) / g)
        else:
            d = int(u * nd)
        return self.d0 + min(d, nd - 1)

    def at(self, day, prof="shop"):
        cum = self.hc[prof]
        h = bisect.bisect(cum, self.r.random() * cum[-1])
        ts = day * DAY + h * 3600 + self.r.randrange(3600)
        return ts if ts < self.tmax else self.tmax - self.r.randrange(3600)

    def day_str(self, d):
        s = self.days.get(d)
        if s is None:
            dt = datetime.date.fromordinal(d)
            s = (dt.isoformat(), dt.year, dt.month, dt.weekday())
            self.days[d] = s
        return s

    def imei(self, tacs):
        body = self.r.choice(tacs) + "%06d" % self.r.randrange(1000000)
        return body + luhn_digit(body)

    def imei_seq(self, tac, serial):
        body = tac + "%06d" % (serial % 1000000)
        return body + luhn_digit(body)

    def new_phone(self):
        r = self.r
        if r.random() < 0.08:
            return self.imei(FEATURE_TACS)
        tac = PHONE_TACS[bisect.bisect(self.phone_tac_cum, r.random() * self.phone_tac_cum[-1])]
        body = tac + "%06d" % r.randrange(1000000)
        return body + luhn_digit(body)

    def cap_hash(self, base, kmin, kmax):
        r = self.r
        m = 0
        for _ in range(r.randint(kmin, kmax)):
            m |= 1 << r.randrange(64)
        return "%016x" % (base ^ m)

    # ------------------------------------------------------------ agents
    def _make_agents(self):
        r = self.r
        n_ag = max(80, min(15000, self.N // 90))
        self.agents = []
        self.ag_cp = {}
        self.ag_c = {}
        self.stores_c = {}
        self.iz_agents = []
        self.uni_agents = []
        for x in CARRIERS:
            car, share, cc = x[0], x[1], x[7]
            n = max(4, int(round(n_ag * share / 100.0)))
            for i in range(n):
                a = Agent()
                a.car = car
                a.prov = self.pick_res()
                store = r.random() < (0.25 if car in MVNO else 0.12)
                a.kind = "STORE" if store else "AGENT"
                a.w = min(400.0, r.paretovariate(1.25)) * (3.0 if store else 1.0)
                a.code = "%s%s%s%05d" % (cc, a.prov, "CH" if store else "DL", i + 1)
                if store:
                    a.devs = [self.imei(TABLET_TACS) for _ in range(r.randint(2, 5))]
                else:
                    a.devs = [self.new_phone() for _ in range(r.choice((1, 1, 1, 2)))]
                a.act_dev = self.new_phone()
                a.lot = None
                a.busy = False
                a.area = None
                if a.prov in IZ_PROVS and not store and r.random() < 0.2:
                    a.area = "iz"
                    a.w *= 2.5
                elif a.prov in UNI_PROVS and r.random() < 0.08:
                    a.area = "uni"
                self.agents.append(a)
                self.ag_cp.setdefault((car, a.prov), []).append(a)
                self.ag_c.setdefault(car, []).append(a)
                if store:
                    self.stores_c.setdefault(car, []).append(a)
                if a.area == "iz":
                    self.iz_agents.append(a)
                elif a.area == "uni":
                    self.uni_agents.append(a)
        stores = sorted([a for a in self.agents if a.kind == "STORE"], key=lambda a: -a.w)
        self.busy_stores = stores[:max(3, len(stores) // 30)]
        for a in self.busy_stores:
            a.busy = True
            a.w *= 2.0
        self.ag_cp = {k: (v, _cum([a.w for a in v])) for k, v in self.ag_cp.items()}
        self.ag_c = {k: (v, _cum([a.w for a in v])) for k, v in self.ag_c.items()}
        dealers = [a for a in self.agents if a.kind == "AGENT" and a.car not in LAUNCH]
        nc = max(4, int(len(dealers) * self.cfg["corrupt"]))
        idx = list(range(len(dealers)))
        r.shuffle(idx)
        self.corrupt = [dealers[i] for i in idx[:nc]]
        self.corrupt_cum = _cum([min(a.w, 20.0) + 1.0 for a in self.corrupt])
        focus = self.cfg["focus"]
        if focus:
            fp = set(p for p, _ in focus)
            fz = [a for a in self.iz_agents if a.prov in fp]
            if fz:
                self.iz_agents = fz
            fc = [a for a in self.corrupt if a.prov in fp]
            if fc:
                self.corrupt_focus = fc
        if not self.iz_agents:
            self.iz_agents = dealers[:5]
        if not self.uni_agents:
            self.uni_agents = dealers[5:10] or dealers[:5]

    def pick_agent(self, car, prov):
        r = self.r
        t = self.ag_cp.get((car, prov))
        if t is None or r.random() < 0.04:
            t = self.ag_c[car]
        lst, cum = t
        return lst[bisect.bisect(cum, r.random() * cum[-1])]

    def pick_store(self, car, prov):
        lst = [a for a in self.ag_cp.get((car, prov), ((), ()))[0] if a.kind == "STORE"]
        if not lst:
            lst = self.stores_c.get(car) or self.ag_c[car][0]
        return self.r.choice(lst)

    def pick_corrupt(self):
        if getattr(self, "corrupt_focus", None) and self.r.random() < 0.7:
            return self.r.choice(self.corrupt_focus)
        return self.corrupt[bisect.bisect(self.corrupt_cum, self.r.random() * self.corrupt_cum[-1])]

    def self_share(self, day, car):
        y = self.day_str(day)[1]
        base = {2017: 0.01, 2018: 0.02, 2019: 0.04, 2020: 0.08, 2021: 0.12, 2022: 0.18,
                2023: 0.24, 2024: 0.28, 2025: 0.32}.get(y, 0.36 if y > 2025 else 0.01)
        base += self.cfg["self_boost"]
        if car in MVNO:
            base += 0.25
        return base

    def pick_channel(self, car, prov, day):
        r = self.r
        if r.random() < self.self_share(day, car):
            return ("EKYC_APP" if r.random() < 0.88 else "ONLINE"), None
        a = self.pick_agent(car, prov)
        return a.kind, a

    # ------------------------------------------------------------ SIM / number
    def _sim(self, car, s):
        x = CAR[car]
        mnc = x[2]
        if car == "ITEL" and (s // 1000) % 10 >= 7:
            mnc = "02"     # MVNO SIM lots on the host network's MNC
        imsi = "452" + mnc + "%010d" % (self.msin_base[car] + s)
        body = "8984" + x[3] + ("%0" + str(x[4] - 7) + "d") % (self.icc_base[car] + s)
        return imsi, body + luhn_digit(body)

    def sim_from_lot(self, car, key):
        lot = self.lots.get(key)
        if lot is None or lot[0] >= lot[1]:
            size = self.r.randint(200, 1000)
            start = self.serial[car] + self.r.randrange(2000)
            self.serial[car] = start + size
            lot = [start, start + size]
            self.lots[key] = lot
        s = lot[0]
        lot[0] += 1 if self.r.random() < 0.85 else self.r.randint(2, 6)
        return self._sim(car, s)

    def sim_run(self, car, n):
        start = self.serial[car] + self.r.randrange(2000)
        self.serial[car] = start + n + 1
        return [self._sim(car, start + i) for i in range(n)]

    def new_msisdn(self, car, port_p=None):
        r = self.r
        if port_p is None:
            port_p = self.cfg["port"]
        ported = False
        src = car
        if r.random() < port_p:
            src = self.pick_big3()
            if src == car:
                src = BIG3[(BIG3.index(car) + 1) % 3] if car in BIG3 else src
            ported = src != car
        pre = r.choice(CAR[src][5])
        rest = 9 - len(pre)
        base = int(pre) * 10 ** rest
        while True:
            n = base + r.randrange(10 ** rest)
            if n not in self.used_msisdn:
                self.used_msisdn.add(n)
                return n, ported

    def msisdn_run(self, car, cnt):
        r = self.r
        for _ in range(50):
            pre = r.choice(CAR[car][5])
            rest = 9 - len(pre)
            start = int(pre) * 10 ** rest + r.randrange(10 ** rest - cnt - 1)
            if all((start + i) not in self.used_msisdn for i in range(cnt)):
                for i in range(cnt):
                    self.used_msisdn.add(start + i)
                return [start + i for i in range(cnt)]
        return [self.new_msisdn(car, 0)[0] for _ in range(cnt)]

    def fmt_msisdn(self, car, n):
        st = CAR[car][6]
        if self.r.random() < 0.015:
            st = self.r.choice(("0", "84", "+84"))
        s = "%09d" % n
        if st == "84":
            return "84" + s
        if st == "0":
            return "0" + s
        return "+84" + s

    # ------------------------------------------------------------ identities
    def gen_name(self, g, by, bprov, sur=None):
        r = self.r
        if sur is None:
            x = r.random()
            if bprov in NW_HMONG and x < 0.45:
                s = r.choice(HMONG_SUR)
                return s, "%s %s %s" % (s, "A" if g == "M" else r.choice(("Thị", "Thị", "Mí")),
                                        r.choice(HMONG_M if g == "M" else HMONG_F))
            if bprov in KHMER and x < 0.25:
                s = r.choice(KHMER_SUR)
                if g == "M":
                    return s, "%s %s" % (s, r.choice(KHMER_M))
                return s, "%s Thị %s" % (s, r.choice(KHMER_F)) if r.random() < 0.5 else "%s %s" % (s, r.choice(KHMER_F))
            if bprov in TAY_THAI and x < 0.3:
                sur = r.choice(TAY_SUR)
            else:
                sur = self.sur_names[bisect.bisect(self.sur_cum, r.random() * self.sur_cum[-1])]
                if int(bprov) >= 46:
                    if sur == "Hoàng" and r.random() < 0.6:
                        sur = "Huỳnh"
                    elif sur == "Vũ" and r.random() < 0.6:
                        sur = "Võ"
        if g == "M":
            mid = r.choice(MID_M_OLD if by < 1980 else MID_M_NEW)
            giv = r.choice(GIV_M)
        else:
            pthi = 0.85 if by < 1975 else (0.55 if by < 1995 else 0.3)
            mid = "Thị" if r.random() < pthi else r.choice(MID_F)
            giv = r.choice(GIV_F)
        if mid == giv:
            giv = r.choice(GIV_M if g == "M" else GIV_F)
        x = r.random()
        if x < 0.05 and by > 1985:
            sur2 = self.sur_names[bisect.bisect(self.sur_cum, r.random() * self.sur_cum[-1])]
            if sur2 != sur:
                return sur, "%s %s %s %s" % (sur, sur2, mid if mid not in ("Văn", "Thị") else r.choice(MID_F), giv)
        elif x < 0.09:
            return sur, "%s %s %s" % (sur, mid, giv)
        elif x < 0.13 and g == "F":
            return sur, "%s Thị %s %s" % (sur, r.choice(MID_F), giv)
        elif x < 0.16 and by > 1990:
            return sur, "%s %s" % (sur, giv) if r.random() < 0.2 else "%s %s %s" % (sur, mid, giv)
        return sur, "%s %s %s" % (sur, mid, giv)

    def cccd(self, ppp, g, by):
        gd = (by // 100 - 19) * 2 + (1 if g == "F" else 0)
        while True:
            s = "%s%d%02d%06d" % (ppp, gd, by % 100, self.r.randrange(1000000))
            if s not in self.used_ids:
                self.used_ids.add(s)
                return s

    def cmnd(self, res):
        pre = CMND_PREFIX.get(res, "01")
        while True:
            s = pre + "%0*d" % (9 - len(pre), self.r.randrange(10 ** (9 - len(pre))))
            if s not in self.used_ids:
                self.used_ids.add(s)
                return s

    def new_person(self, ts, age=None, g=None, res=None, sur=None, bprov=None, amin=None,
                   amax=None, migrant=False):
        r = self.r
        day = ts // DAY
        year = self.day_str(day)[1]
        if age is None:
            if amin is not None:
                age = r.randint(amin, amax)
            else:
                b = AGE_BANDS[bisect.bisect(self.age_cum, r.random() * self.age_cum[-1])]
                age = r.randint(b[0], b[1])
        p = Person()
        p.g = g or ("M" if r.random() < 0.505 else "F")
        p.res = res or self.pick_res()
        p.bprov = bprov or self.birth_prov(p.res, migrant)
        by = year - age
        p.by = by
        m = r.randint(1, 12)
        d = r.randint(1, 28 if m == 2 else (30 if m in (4, 6, 9, 11) else 31))
        p.dob = "%04d-%02d-%02d" % (by, m, d)
        p.sur, p.name = self.gen_name(p.g, by, p.bprov, sur)
        p.cccd = self.cccd(p.bprov, p.g, by)
        if by <= 2004 and r.random() < 0.7:
            p.cmnd = self.cmnd(p.res if r.random() < 0.8 else p.bprov)
            if r.random() < 0.004:
                # legacy 12-digit CMND (structure unknown; never a CCCD)
                p.cmnd = "%012d" % r.randrange(10 ** 11, 10 ** 12)
        p.face = r.getrandbits(64)
        p.phone = self.new_phone()
        return p

    def doc_for(self, ts, p):
        if p.org:
            return "ORG", p.cccd
        if p.pp:
            return "PASSPORT", p.pp
        if p.doc is not None:
            return p.doc
        if p.cmnd is not None:
            y = self.day_str(ts // DAY)[1]
            pc = {2015: 0.97, 2016: 0.9, 2017: 0.85, 2018: 0.75, 2019: 0.6, 2020: 0.45, 2021: 0.3,
                  2022: 0.15, 2023: 0.07, 2024: 0.03}.get(y, 0.98 if y < 2015 else 0.01)
            if self.r.random() < pc:
                return "CMND", p.cmnd
        return "CCCD", p.cccd

    def fake_person(self, ts):
        """Fabricated identity: random name, number often internally inconsistent."""
        r = self.r
        p = self.new_person(ts, amin=18, amax=62)
        self.used_ids.discard(p.cccd)
        x = r.random()
        by = p.by
        ppp = p.bprov if r.random() < 0.8 else r.choice(BAD_PPP)
        gd = (by // 100 - 19) * 2 + (1 if p.g == "F" else 0)
        yy = by % 100
        if x < 0.25:
            gd ^= 1                      # gender digit contradicts declared gender
        elif x < 0.45:
            yy = (yy + r.randint(1, 30)) % 100   # year contradicts DOB
        elif x < 0.5:
            gd = r.choice((4, 5, 6))     # impossible century
        p.cccd = "%s%d%02d%06d" % (ppp, gd, yy, r.randrange(1000000))
        if r.random() < 0.15 and self.leaked:
            p.cccd = r.choice(self.leaked).cccd   # ID of person A under B's name
        if p.cmnd is not None:
            p.cmnd = r.choice(list(CMND_PREFIX.values())) + "%07d" % r.randrange(10 ** 7)
            p.cmnd = p.cmnd[:9]
        p.face = 0
        return p

    def leaked_person(self, ts):
        r = self.r
        if self.leaked and r.random() < self.cfg["leak_reuse"]:
            return r.choice(self.leaked)
        p = self.new_person(ts, amin=19, amax=72, res=self.pick_pop())
        p.doc = self.doc_for(ts, p)
        self.leaked.append(p)
        return p

    def make_org(self, kind, prov=None):
        r = self.r
        o = Person()
        o.org = True
        o.res = prov or self.pick_res()
        o.bprov = o.res
        o.name = "%s %s %s" % (r.choice(ORG_FORM), r.choice(ORG_BIZ[kind]), r.choice(ORG_BRAND))
        pre = TAX_PREFIX.get(o.res, "%02d" % r.randint(10, 69))
        while True:
            body = pre + "%07d" % r.randrange(10 ** 7)
            s = sum(int(a) * w for a, w in zip(body, (31, 29, 23, 19, 17, 13, 7, 5, 3)))
            c = 10 - s % 11
            if c < 10 and body + str(c) not in self.used_ids:
                o.cccd = body + str(c)
                self.used_ids.add(o.cccd)
                break
        o.dob = ""
        o.g = ""
        o.by = 0
        o.sur = ""
        o.face = r.getrandbits(64)     # authorised representative's face
        o.phone = self.new_phone()
        return o

    def name_out(self, name, car, ch):
        r = self.r
        x = r.random()
        m = self.cfg["name_var"]
        pu = NAME_UP[car] * m
        pn = NAME_NODIA[car] * m + (0.06 if ch == "EKYC_APP" else 0.0)
        if x < pu:
            if r.random() < 0.3:
                return strip_dia(name).upper(), True
            return name.upper(), True
        if x < pu + pn:
            return strip_dia(name), True
        if self.cfg["nfd"] and x < pu + pn + self.cfg["nfd"]:
            return unicodedata.normalize("NFD", name), True
        return name, False

    # ------------------------------------------------------------ row fields
    def genuine_face(self, p, ts, elderly=False):
        r = self.r
        if not self.cfg["face_all"] and ts < D_C08:
            y = self.day_str(ts // DAY)[1]
            pf = 0.2 if y < 2018 else (0.5 if y < 2020 else (0.75 if y < 2022 else (0.92 if y < 2024 else 0.97)))
            if r.random() > pf:
                return "", ""
        m = 0
        for _ in range(K_GENUINE[int(r.random() * 17)]):
            m |= 1 << r.randrange(64)
        sh = "%016x" % (p.face ^ m)
        if not self.cfg["face_all"] and r.random() < 0.06:
            return sh, ""
        if elderly:
            v = r.gauss(0.74, 0.08)
        else:
            v = r.gauss(0.885, 0.05)
        v = 0.45 if v < 0.45 else (0.995 if v > 0.995 else v)
        return sh, "%.3f" % v

    def genuine_popdb(self, ts, p=None):
        r = self.r
        if p is not None and p.pp:
            return "UNCHECKED" if p.nat != "VN" else ("MATCH" if r.random() < 0.6 else "UNCHECKED")
        if p is not None and p.org:
            return "MATCH" if r.random() < 0.7 else "UNCHECKED"
        x = r.random()
        if ts < D_CHECK:
            pm = 0.6 if self.texp > D_CAMPAIGN else 0.1
            if x < pm:
                return "MATCH"
            if x < pm + 0.02:
                return "MISMATCH"
            return "UNCHECKED"
        if x < 0.992:
            return "MATCH"
        return "MISMATCH" if x < 0.997 else "NOT_FOUND"

    def genuine_status(self, ts, popdb="MATCH"):
        r = self.r
        x = r.random()
        if popdb in ("MISMATCH", "NOT_FOUND") and x < 0.4:
            return "ONE_WAY_LOCKED" if x < 0.3 else "TWO_WAY_LOCKED"
        if self.texp - ts > 365 * DAY and x < 0.04:
            return "TERMINATED"
        if x < 0.06:
            return "ONE_WAY_LOCKED"
        if x < 0.065:
            return "TWO_WAY_LOCKED"
        return "ACTIVE"

    def c08_lock(self, ts):
        start = max(ts + 5 * DAY, D_LOCK)
        if self.texp < start:
            return "ACTIVE"
        d = (self.texp - start) // DAY
        if d < 60:
            return "ONE_WAY_LOCKED"
        if d < 65:
            return "TWO_WAY_LOCKED"
        return "TERMINATED"

    def junk_status(self, ts, used, unconf=0.7, popdb="MATCH"):
        r = self.r
        if self.texp > D_LOCK and ts < self.texp - 6 * DAY and r.random() < unconf:
            return self.c08_lock(ts)
        if ts < D_CAMPAIGN <= self.texp and popdb != "MATCH" and r.random() < 0.7:
            return r.choice(("TWO_WAY_LOCKED", "TERMINATED", "TERMINATED", "ONE_WAY_LOCKED"))
        x = r.random()
        if used:
            return "ACTIVE" if x < 0.8 else ("ONE_WAY_LOCKED" if x < 0.9 else
                                             ("TWO_WAY_LOCKED" if x < 0.94 else "TERMINATED"))
        return "ACTIVE" if x < 0.55 else ("ONE_WAY_LOCKED" if x < 0.7 else
                                          ("TWO_WAY_LOCKED" if x < 0.8 else "TERMINATED"))

    def usage(self, kind):
        r = self.r
        ln = r.lognormvariate
        ri = r.randint
        if kind == "unused":
            return ("0",) * 8
        if kind == "normal" or kind == "youth" or kind == "resold" or kind == "employee":
            ad = 30 - int(r.expovariate(0.35))
            oc = int(ln(3.5, 0.9))
            ic = int(oc * r.uniform(0.5, 1.7))
            os_ = int(ln(1.3, 1.1))
            is_ = int(ln(2.7, 0.7))
            dm = int(ln(7.6, 1.2))
            top = r.choice(TOPUP_CARDS) * 1000 * ri(1, 3)
            if kind == "youth":
                oc //= 2
                dm = int(ln(8.7, 0.8))
            elif kind == "resold":
                ad = ri(4, 30)
                oc = int(oc * r.uniform(0.3, 1.2))
                ic = int(oc * r.uniform(0.3, 1.3))
                dm = int(ln(6.8, 1.4))
                top = r.choice(TOPUP_CARDS[:8]) * 1000
            elif kind == "employee":
                top = 0
            dc = min(oc + os_, int(ln(2.5, 0.6)) + 1)
        elif kind == "light":
            ad = ri(1, 25)
            oc = ri(0, 15)
            ic = ri(0, 25)
            os_ = ri(0, 3)
            is_ = ri(2, 18)
            dc = min(oc + os_, ri(0, 6))
            top = r.choice((0, 0, 10, 20, 20, 50)) * 1000
            dm = ri(0, 300)
        elif kind == "data":
            ad = ri(18, 30)
            oc, ic, os_ = 0, ri(0, 2), 0
            is_ = ri(3, 20)
            dc = 0
            top = r.choice((70, 90, 120, 150, 200, 300)) * 1000
            dm = int(ln(9.4, 0.8))
        elif kind == "iot":
            ad = ri(26, 30)
            oc, ic = 0, 0
            os_ = ri(0, 40)
            is_ = ri(0, 6)
            dc = min(os_, ri(0, 1))
            top = 0
            dm = int(ln(3.5, 1.2))
        elif kind == "fleet":
            ad = ri(24, 30)
            oc = ri(5, 120)
            ic = ri(5, 150)
            os_ = ri(0, 10)
            is_ = ri(3, 25)
            dc = min(oc + os_, ri(3, 30))
            top = 0
            dm = ri(30, 2500)
        elif kind == "callcentre":
            ad = ri(20, 27)
            oc = ri(600, 3500)
            ic = int(oc * r.uniform(0.1, 0.4))
            os_ = ri(0, 60)
            is_ = ri(0, 30)
            dc = int(oc * r.uniform(0.55, 0.95))
            top = 0
            dm = ri(0, 300)
        elif kind == "scam":
            ad = ri(5, 30)
            oc = ri(150, 1500)
            ic = int(oc * r.uniform(0.02, 0.2))
            os_ = ri(0, 200)
            is_ = ri(2, 30)
            dc = int((oc + os_) * r.uniform(0.7, 0.98))
            top = ri(10, 200) * 10000
            dm = ri(0, 500)
        elif kind == "scam_light":
            ad = ri(8, 30)
            oc = ri(40, 200)
            ic = int(oc * r.uniform(0.2, 0.7))
            os_ = ri(0, 40)
            is_ = ri(3, 40)
            dc = int((oc + os_) * r.uniform(0.45, 0.9))
            top = r.choice(TOPUP_CARDS) * 1000 * ri(1, 3)
            dm = ri(100, 2500)
        elif kind == "farm":
            ad = ri(15, 30)
            if r.random() < 0.6:
                oc, os_ = ri(500, 4000), ri(0, 50)
            else:
                oc, os_ = ri(0, 100), ri(500, 5000)
            ic = ri(0, 40)
            is_ = ri(0, 20)
            dc = int((oc + os_) * r.uniform(0.85, 0.99))
            top = ri(20, 300) * 10000
            dm = 0
        elif kind == "farm_stealth":
            ad = ri(10, 30)
            oc = ri(60, 250)
            ic = ri(5, 60)
            os_ = ri(0, 150)
            is_ = ri(2, 25)
            dc = int((oc + os_) * r.uniform(0.6, 0.9))
            top = ri(5, 40) * 10000
            dm = ri(0, 300)
        elif kind == "otp":
            ad = ri(3, 30)
            oc, ic, os_ = ri(0, 2), ri(0, 3), ri(0, 3)
            is_ = ri(30, 600)
            dc = min(oc + os_, ri(0, 2))
            top = r.choice((0, 0, 10, 20)) * 1000
            dm = ri(0, 5)
        elif kind == "otp_stealth":
            ad = ri(5, 30)
            oc, ic, os_ = ri(0, 10), ri(0, 12), ri(0, 6)
            is_ = ri(10, 80)
            dc = min(oc + os_, ri(0, 8))
            top = r.choice((10, 20, 20, 50)) * 1000
            dm = ri(10, 300)
        elif kind == "otp_swap":
            ad = ri(1, 5)
            oc, ic, os_ = ri(0, 5), ri(0, 3), ri(0, 2)
            is_ = ri(5, 40)
            dc = min(oc + os_, ri(0, 3))
            top = r.choice((0, 0, 20, 50)) * 1000
            dm = ri(0, 200)
        elif kind == "tourist":
            ad = ri(4, 14)
            oc, ic, os_ = ri(0, 20), ri(0, 20), ri(0, 5)
            is_ = ri(3, 15)
            dc = min(oc + os_, ri(0, 10))
            top = r.choice((0, 0, 50, 100, 200)) * 1000
            dm = ri(1500, 30000)
        else:
            raise ValueError(kind)
        if ad < 1:
            ad = 1
        if dc > oc + os_:
            dc = oc + os_
        return (str(ad), str(oc), str(ic), str(os_), str(is_), str(dc), str(top), str(dm))

    # ------------------------------------------------------------ emit
    def reg(self, car, p, ts, ch, ag, sim=None, msisdn=None, selfie=None, fm=None, popdb=None,
            status=None, first_use=None, usage="normal", junk=0, non=0, pattern="clean",
            doc=None, name=None, dev=None, current=True, stype=None, elderly=False):
        r = self.r
        ported = False
        if msisdn is None:
            msisdn, ported = self.new_msisdn(car, None if ts >= D_MNP else 0.0)
        if sim is None:
            sim = self.sim_from_lot(car, ag.code if ag is not None else "SELF" + car)
        if doc is None:
            doc = self.doc_for(ts, p)
        if dev is None:
            if ag is not None:
                dev = ag.devs[0] if len(ag.devs) == 1 else r.choice(ag.devs)
            elif ch == "EKYC_APP" or r.random() < 0.7:
                dev = p.phone
            else:
                dev = ""
        if selfie is None:
            selfie, fm2 = self.genuine_face(p, ts, elderly)
            if fm is None:
                fm = fm2
        elif fm is None:
            fm = ""
        if popdb is None:
            popdb = self.genuine_popdb(ts, p)
        if status is None:
            status = self.genuine_status(ts, popdb)
        if first_use is None:
            first_use = p.phone if r.random() < 0.97 else ""
        if usage is None or self.texp - ts < 30 * DAY or \
                r.random() < USAGE_MISS.get(car, self.cfg["usage_miss"]):
            u = EMPTY8
        else:
            u = self.usage(usage)
        nm, variant = self.name_out(name if name is not None else p.name, car, ch)
        if pattern == "clean":
            if doc[0] == "CMND":
                pattern = "legacy_cmnd"
            elif ag is not None and ag.busy:
                pattern = "busy_shop"
            elif ported:
                pattern = "ported_number"
            elif variant:
                pattern = "name_variant"
        if p.org:
            stype = "ORGANIZATION"
            dob, gender = "", ""
        else:
            dob, gender = p.dob, p.g
            if stype is None:
                stype = "INDIVIDUAL" if r.random() < 0.9 else ""
        nat = p.nat if (p.nat != "VN" or r.random() < 0.97) else ""
        day = ts // DAY
        line = ",".join((car, self.fmt_msisdn(car, msisdn), sim[0], sim[1], stype, doc[0], doc[1],
                         nm, dob, gender, nat, p.res, self.day_str(day)[0] + self.hms[ts - day * DAY],
                         ch, ag.code if ag is not None else "", dev, selfie, fm, popdb, status,
                         first_use) + u)
        self.rows.append((ts, line))
        self.count += 1
        if current:
            self.labels.append((car, "84%09d" % msisdn, junk, non, pattern))
        return msisdn, sim, selfie, fm, doc

    # ------------------------------------------------------------ legit groups
    def g_clean(self, left, p=None):
        r = self.r
        day = self.rand_day()
        car = self.pick_carrier(day * DAY)
        ts0 = day * DAY + 43200
        if p is None:
            p = self.new_person(ts0)
        ch, ag = self.pick_channel(car, p.res if r.random() < 0.95 else self.pick_res(), day)
        ts = self.at(day, "shop" if ag is not None else "app")
        by = p.by
        age = self.day_str(day)[1] - by
        if age >= 65:
            uk = "light" if r.random() < 0.6 else "normal"
        elif age < 25:
            uk = "youth" if r.random() < 0.5 else "normal"
        else:
            uk = "light" if r.random() < 0.05 else "normal"
        self.reg(car, p, ts, ch, ag, usage=uk, elderly=age >= 70)

    def g_busy(self, left):
        r = self.r
        a = r.choice(self.busy_stores)
        n = min(left, r.randint(30, 150))
        day = self.rand_day()
        for _ in range(n):
            ts = self.at(day, "shop")
            p = self.new_person(ts, res=a.prov if r.random() < 0.9 else None)
            self.reg(a.car, p, ts, a.kind, a, pattern="busy_shop",
                     usage="youth" if r.random() < 0.3 else "normal")

    def g_family(self, left):
        r = self.r
        n = min(left, r.choice((2, 3, 3, 4, 4, 5, 6)))
        if n < 2:
            return
        day = self.rand_day()
        ts = day * DAY + 43200
        res = self.pick_res()
        gh = "M" if r.random() < 0.6 else "F"
        head = self.new_person(ts, amin=36, amax=58, g=gh, res=res)
        members = [head]
        father_sur = head.sur if gh == "M" else None
        sp = self.new_person(ts, age=max(20, self.day_str(day)[1] - head.by + r.randint(-6, 4)),
                             g="F" if gh == "M" else "M", res=res)
        members.append(sp)
        if father_sur is None:
            father_sur = sp.sur
        while len(members) < n:
            if r.random() < 0.25 and len(members) == n - 1:
                members.append(self.new_person(ts, amin=66, amax=86, res=res, sur=father_sur,
                                               g="M" if r.random() < 0.4 else "F"))
            else:
                members.append(self.new_person(ts, amin=14, amax=28, res=res, sur=father_sur,
                                               bprov=res if r.random() < 0.7 else head.bprov))
        car = self.pick_carrier(day * DAY) if r.random() < 0.3 else self.pick_big3()
        app = r.random() < 0.6
        ag = None if app else self.pick_agent(car, res)
        t = self.at(day, "evening" if app else "shop")
        for i, m in enumerate(members):
            c2 = car if r.random() < 0.85 else self.pick_big3()
            if app:
                self.reg(c2, m, t, "EKYC_APP", None, dev=head.phone, pattern="family_shared_phone",
                         elderly=(m.by < head.by - 15),
                         usage="youth" if i >= 2 and m.by > head.by else "normal")
            else:
                a2 = ag if c2 == car else self.pick_agent(c2, res)
                self.reg(c2, m, t, a2.kind, a2, pattern="family_shared_phone",
                         elderly=(m.by < head.by - 15))
            t += r.randint(60, 600)

    def _org_rows(self, left, kind, nrange, uk, pattern, fu_mode):
        r = self.r
        n = min(left, int(min(nrange[1], nrange[0] * r.paretovariate(1.1))))
        if n < 1:
            return
        o = self.make_org(kind)
        car = self.pick_big3() if r.random() < 0.9 else self.pick_carrier(self.d0 * DAY)
        a = self.pick_store(car, o.res)
        day = self.rand_day()
        while self.day_str(day)[3] >= 5 and r.random() < 0.8:
            day = self.rand_day()
        t = self.at(day, "shop")
        sims = self.sim_run(car, n)
        nums = self.msisdn_run(car, n) if (kind == "iot" and r.random() < 0.8) or r.random() < 0.3 else None
        bulk_selfie = r.random() < 0.7
        sh, fm = self.genuine_face(o, t)
        if not self.cfg["face_all"] and (r.random() < 0.2 or t < D_CHECK and r.random() < 0.5):
            sh, fm = "", ""
        tac = r.choice(IOT_TACS if kind == "iot" else TRACKER_TACS)
        ser = r.randrange(900000)
        gws = [self.imei(GATEWAY_TACS) for _ in range(max(1, n // 16))]
        deployed = r.random() < 0.75
        popdb = self.genuine_popdb(t, o)
        dev = r.choice(a.devs)
        for i in range(n):
            if not bulk_selfie and sh:
                sh, fm = self.genuine_face(o, t)
            if fu_mode == "module":
                fu = self.imei_seq(tac, ser + i) if deployed else ""
                u = uk if deployed else "unused"
            elif fu_mode == "tracker":
                fu = self.imei_seq(tac, ser + i) if r.random() < 0.6 else self.new_phone()
                u = uk
            elif fu_mode == "cc":
                fu = r.choice(gws) if r.random() < 0.3 else self.imei(DESK_TACS)
                u = uk
            else:
                fu = self.new_phone()
                u = uk
            self.reg(car, o, t, a.kind, a, sim=sims[i], msisdn=nums[i] if nums else None,
                     selfie=sh, fm=fm, popdb=popdb, status="ACTIVE" if r.random() < 0.97 else "TERMINATED",
                     first_use=fu, usage=u, pattern=pattern, dev=dev)
            t += r.randint(1, 8)

    def g_org_iot(self, left):
        self._org_rows(left, "iot", (20, 2000), "iot", "org_iot", "module")

    def g_org_fleet(self, left):
        self._org_rows(left, "fleet", (10, 300), "fleet", "org_fleet", "tracker")

    def g_org_cc(self, left):
        self._org_rows(left, "cc", (20, 200), "callcentre", "org_call_centre", "cc")

    def g_org_emp(self, left):
        self._org_rows(left, "emp", (5, 120), "employee", "org_employee", "phone")

    def g_multi(self, left):
        r = self.r
        k = min(left, r.choice((2, 2, 2, 3, 3, 4, 5)))
        if k < 2:
            return
        ts = self.rand_day() * DAY + 43200
        p = self.new_person(ts, amin=20, amax=62)
        days = sorted(self.rand_day() for _ in range(k))
        car0 = self.pick_carrier(days[0] * DAY)
        per_car = {}
        data_dev = self.imei(ROUTER_TACS + TABLET_TACS)
        old_phone = self.imei(FEATURE_TACS)
        for i, day in enumerate(days):
            car = car0 if (i == 0 or r.random() < 0.45) else self.pick_big3()
            cnt = per_car.get(car, 0)
            per_car[car] = cnt + 1
            if cnt >= 3:
                ag = self.pick_agent(car, p.res)
                ch = ag.kind
            else:
                ch, ag = self.pick_channel(car, p.res, day)
            t = self.at(day, "shop" if ag else "app")
            if i <= 1:
                fu, uk = p.phone, ("normal" if i == 0 else r.choice(("normal", "light")))
            elif i == 2:
                fu, uk = data_dev, "data"
            else:
                fu, uk = old_phone, "light"
            self.reg(car, p, t, ch, ag, first_use=fu, usage=uk, pattern="multi_sim_legit")

    def g_data_only(self, left):
        r = self.r
        day = self.rand_day()
        p = self.new_person(day * DAY, amin=20, amax=60)
        if left >= 2 and r.random() < 0.5:
            self.g_clean(left, p)
        car = self.pick_carrier(day * DAY)
        ch, ag = self.pick_channel(car, p.res, day)
        self.reg(car, p, self.at(day, "shop" if ag else "app"), ch, ag,
                 first_use=self.imei(ROUTER_TACS + TABLET_TACS), usage="data", pattern="data_only_sim")

    def g_backup(self, left):
        r = self.r
        day = self.rand_day()
        p = self.new_person(day * DAY, amin=20, amax=70)
        if left >= 2 and r.random() < 0.7:
            self.g_clean(left, p)
        car = self.pick_carrier(day * DAY)
        ch, ag = self.pick_channel(car, p.res, day)
        unused = r.random() < 0.4
        self.reg(car, p, self.at(day, "shop" if ag else "app"), ch, ag,
                 first_use="" if (unused and r.random() < 0.5) else p.phone,
                 usage="unused" if unused else "light", pattern="backup_sim")

    def typo_name(self, name):
        r = self.r
        w = name.split(" ")
        i = r.randrange(len(w))
        x = r.random()
        s = w[i]
        if x < 0.4 and strip_dia(s) != s:
            w[i] = strip_dia(s)
        elif x < 0.7 and len(s) >= 3:
            j = r.randrange(len(s) - 1)
            w[i] = s[:j] + s[j + 1] + s[j] + s[j + 2:]
        elif x < 0.85:
            j = r.randrange(len(s))
            w[i] = s[:j] + s[j] + s[j:]
        else:
            rep = {"ư": "u", "ơ": "o", "ă": "a", "â": "a", "ê": "e", "ô": "o", "y": "i", "i": "y"}
            for a_, b_ in rep.items():
                if a_ in s:
                    w[i] = s.replace(a_, b_, 1)
                    break
            else:
                w[i] = s.lower() if s != s.lower() else s.capitalize()
        return " ".join(w)

    def g_typo(self, left):
        r = self.r
        day = self.rand_day()
        p = self.new_person(day * DAY)
        car = self.pick_carrier(day * DAY)
        a = self.pick_agent(car, p.res)
        ts = self.at(day, "shop")
        x = r.random()
        name, doc = None, None
        if x < 0.5:
            name = self.typo_name(p.name)
        elif x < 0.75:
            y, m, d = p.dob.split("-")
            if int(d) <= 12 and d != m:
                p.dob = "%s-%s-%s" % (y, d, m)
            else:
                p.dob = "%s-%s-%02d" % (y, m, max(1, int(d) - 1))
        else:
            dt = self.doc_for(ts, p)
            s = dt[1]
            j = r.randrange(6, len(s)) if (dt[0] == "CMND" or r.random() < 0.8) else 3
            s2 = s[:j] + str((int(s[j]) + r.randint(1, 9)) % 10) + s[j + 1:]
            doc = (dt[0], s2)
        popdb = "MISMATCH" if ts >= D_CHECK and r.random() < 0.85 else self.genuine_popdb(ts)
        st = "ONE_WAY_LOCKED" if popdb == "MISMATCH" and r.random() < 0.25 else self.genuine_status(ts)
        self.reg(car, p, ts, a.kind, a, name=name, doc=doc, popdb=popdb, status=st,
                 pattern="clerical_typo")

    def foreign_person(self, ts, nat, worker):
        r = self.r
        fam, gm, gf, famfirst, fmt = FOREIGN[nat]
        p = Person()
        p.nat = nat
        p.g = "M" if r.random() < 0.55 else "F"
        f = r.choice(fam)
        gv = r.choice(gm if p.g == "M" else gf)
        if nat == "RU" and p.g == "F":
            f += "A"
        nm = "%s %s" % (f, gv) if famfirst else "%s %s" % (gv, f)
        p.name = nm if r.random() < 0.8 else nm.title()
        p.sur = f
        age = r.randint(22, 50) if worker else r.randint(19, 72)
        p.by = self.day_str(ts // DAY)[1] - age
        p.dob = "%04d-%02d-%02d" % (p.by, r.randint(1, 12), r.randint(1, 28))
        if fmt == "M8":
            pp = "M%08d" % r.randrange(10 ** 8)
        elif fmt == "E8":
            pp = "E%08d" % r.randrange(10 ** 8)
        elif fmt == "N9":
            pp = "%09d" % r.randrange(10 ** 8, 10 ** 9)
        elif fmt == "TK7":
            pp = r.choice(("TK", "TR", "TZ")) + "%07d" % r.randrange(10 ** 7)
        elif fmt == "PA7":
            pp = "PA%07d" % r.randrange(10 ** 7)
        elif fmt == "AA7":
            pp = "AA%07d" % r.randrange(10 ** 7)
        elif fmt == "L7":
            pp = chr(65 + r.randrange(26)) + "%07d" % r.randrange(10 ** 7)
        elif fmt == "FR":
            pp = "%02d%s%s%05d" % (r.randrange(100), chr(65 + r.randrange(26)), chr(65 + r.randrange(26)),
                                   r.randrange(10 ** 5))
        elif fmt == "DE":
            pp = "C" + "".join(r.choice("0123456789CFGHJKLMNPRTVWXYZ") for _ in range(8))
        else:
            pp = "N%07d" % r.randrange(10 ** 7)
        p.pp = pp
        p.cccd = pp
        p.face = r.getrandbits(64)
        p.phone = self.new_phone()
        return p

    def g_foreign(self, left):
        r = self.r
        x = r.random()
        day = self.rand_day()
        ts = day * DAY + 43200
        worker = x < 0.3 or (self.cfg["focus"] is not None and x < 0.7)
        if worker:
            nat = self.pick([a for a, _ in WORKER_NAT], _cum([w for _, w in WORKER_NAT]))
            prov = r.choice(sorted(IZ_PROVS)) if not self.cfg["focus"] else self.cfg["focus"][0][0]
            n = 1
        else:
            nat = self.pick([a for a, _ in TOURIST_NAT], _cum([w for _, w in TOURIST_NAT]))
            prov = self.pick([a for a, _ in TOURIST_PROVS], _cum([w for _, w in TOURIST_PROVS]))
            n = 1 if r.random() < 0.6 else r.randint(2, 12)
        n = min(n, left)
        car = self.pick_big3()
        a = self.pick_store(car, prov)
        t = self.at(day, "shop")
        vk = r.random() < 0.1 and not worker
        for _ in range(n):
            if vk:
                p = self.new_person(t, amin=25, amax=70)
                p.pp = chr(65 + r.randrange(26)) + "%07d" % r.randrange(10 ** 7)
                p.res = prov
            else:
                p = self.foreign_person(t, nat, worker)
                p.res = prov
            tour = not worker and not vk
            st = "TERMINATED" if tour and self.texp - t > 60 * DAY and r.random() < 0.7 else None
            self.reg(car, p, t, a.kind, a, usage="tourist" if tour else "normal", status=st,
                     pattern="foreign_passport")
            t += r.randint(40, 400)

    def _hist_time(self, ts1, lo_days, hi_days):
        return ts1 - self.r.randint(lo_days, hi_days) * DAY + self.r.randint(-7200, 7200)

    def g_rereg(self, left):
        r = self.r
        if left < 2:
            return
        # current row: standardisation (2023 campaign, or Circular 08 CMND re-verification)
        if self.d0 <= _o(2023, 3, 1) <= self.d1 and r.random() < 0.7:
            day = _o(2023, 3, 1) + r.randrange(75)
            day = min(day, self.d1)
        else:
            day = self.rand_day()
        ts1 = self.at(day, "shop")
        p = self.new_person(ts1, amin=24, amax=75)
        if p.cmnd is None:
            p.cmnd = self.cmnd(p.res)
        ts0 = self._hist_time(ts1, 200, 3000)
        car = self.pick_carrier(ts0)
        ch0, ag0 = self.pick_channel(car, p.res, ts0 // DAY)
        msisdn, sim, _, _, _ = self.reg(car, p, ts0, ch0, ag0, doc=("CMND", p.cmnd),
                                         popdb="UNCHECKED" if r.random() < 0.7 else "MISMATCH",
                                         status="ACTIVE", usage="normal", current=False)
        if r.random() < 0.5:
            ch, ag = "EKYC_APP", None
        else:
            ag = self.pick_agent(car, p.res)
            ch = ag.kind
        self.reg(car, p, ts1, ch, ag, sim=sim, msisdn=msisdn, doc=("CCCD", p.cccd), popdb="MATCH",
                 first_use=p.phone, usage="normal", pattern="reregistration_update")

    def g_replace(self, left):
        r = self.r
        if left < 2:
            return
        day = self.rand_day()
        ts1 = self.at(day, "shop")
        p = self.new_person(ts1, amin=20, amax=70)
        ts0 = self._hist_time(ts1, 60, 2000)
        car = self.pick_carrier(ts0)
        ch0, ag0 = self.pick_channel(car, p.res, ts0 // DAY)
        msisdn, _, _, _, _ = self.reg(car, p, ts0, ch0, ag0, current=False)
        old = p.phone
        if r.random() < 0.7:
            p.phone = self.new_phone()
        ag = self.pick_agent(car, p.res) if r.random() < 0.9 else self.pick_agent(car, self.pick_res())
        self.reg(car, p, ts1, ag.kind, ag, msisdn=msisdn, first_use=p.phone, pattern="sim_replacement")
        p.phone = old

    def g_transfer(self, left):
        r = self.r
        if left < 2:
            return
        day = self.rand_day()
        ts1 = self.at(day, "shop")
        parent = self.new_person(ts1, amin=50, amax=85)
        child = self.new_person(ts1, amin=20, amax=40, res=parent.res if r.random() < 0.7 else None,
                                sur=parent.sur if parent.g == "M" else None)
        ts0 = self._hist_time(ts1, 365, 4000)
        car = self.pick_carrier(ts0)
        ch0, ag0 = self.pick_channel(car, parent.res, ts0 // DAY)
        msisdn, sim, _, _, _ = self.reg(car, parent, ts0, ch0, ag0, current=False)
        same = r.random() < 0.7
        a = self.pick_store(car, child.res)
        self.reg(car, child, ts1, a.kind, a, msisdn=msisdn, sim=sim if same else None,
                 first_use=parent.phone if same else child.phone, pattern="ownership_transfer")

    def g_reissue(self, left):
        r = self.r
        if left < 2:
            return
        day = self.rand_day()
        ts1 = self.at(day, "shop")
        ts0 = self._hist_time(ts1, 200, 2500)
        car = self.pick_carrier(ts0)
        ag0 = self.pick_corrupt() if r.random() < 0.5 else self.pick_agent(car, self.pick_res())
        car = ag0.car
        v = self.fake_person(ts0) if r.random() < 0.5 else self.leaked_person(ts0)
        msisdn, _, _, _, _ = self.reg(car, v, ts0, ag0.kind, ag0, selfie="", fm="",
                                       popdb="UNCHECKED" if ts0 < D_CHECK else "MISMATCH",
                                       status="TERMINATED", first_use=ag0.act_dev, usage="unused",
                                       current=False)
        p = self.new_person(ts1)
        ch, ag = self.pick_channel(car, p.res, day)
        self.reg(car, p, self.at(day, "shop" if ag else "app"), ch, ag, msisdn=msisdn,
                 pattern="reissued_number")

    def _burst(self, left, agents, nrange, prof, pattern, amin, amax, migrant, sunday, uk):
        r = self.r
        a = r.choice(agents)
        n = min(left, r.randint(*nrange))
        day = self.rand_day()
        if sunday:
            for _ in range(7):
                if self.day_str(day)[3] == 6 or day + 1 > self.d1:
                    break
                day += 1
        for _ in range(n):
            ts = self.at(day, prof)
            p = self.new_person(ts, amin=amin, amax=amax, res=a.prov, migrant=migrant)
            if pattern == "student_sim" and r.random() < 0.6:
                p.res = p.bprov
            self.reg(a.car, p, ts, a.kind, a, pattern=pattern,
                     usage=uk, first_use=p.phone if r.random() < 0.97 else "")

    def g_industrial(self, left):
        self._burst(left, self.iz_agents, (10, 80), "shift", "industrial_worker", 18, 38,
                    self.r.random() < 0.8, self.r.random() < 0.5, "normal")

    def g_student(self, left):
        r = self.r
        a = r.choice(self.uni_agents)
        n = min(left, r.randint(15, 100))
        years = [y for y in range(self.day_str(self.d0)[1], self.day_str(self.d1)[1] + 1)
                 if self.d0 <= _o(y, 8, 20) <= self.d1 - 40]
        if years:
            day = _o(r.choice(years), 8, 20) + r.randrange(40)
        else:
            day = self.rand_day()
        for _ in range(n):
            ts = self.at(day + r.randrange(3) if day + 3 <= self.d1 else day, "shop")
            p = self.new_person(ts, amin=18, amax=19, res=a.prov, migrant=r.random() < 0.7)
            if r.random() < 0.6:
                p.res = p.bprov
            self.reg(a.car, p, ts, a.kind, a, pattern="student_sim", usage="youth")

    def g_elderly(self, left):
        r = self.r
        day = self.rand_day()
        p = self.new_person(day * DAY, amin=65, amax=92)
        car = self.pick_carrier(day * DAY)
        a = self.pick_agent(car, p.res)
        ts = self.at(day, "shop")
        sh, _ = self.genuine_face(p, ts)
        fm = "%.3f" % max(0.4, min(0.75, r.gauss(0.6, 0.07))) if sh else ""
        self.reg(car, p, ts, a.kind, a, selfie=sh, fm=fm, first_use=self.imei(FEATURE_TACS),
                 usage="light", pattern="elderly_low_face")

    def g_unconf(self, left):
        r = self.r
        day = self.rand_day()
        p = self.new_person(day * DAY)
        car = self.pick_carrier(day * DAY)
        ch, ag = self.pick_channel(car, p.res, day)
        ts = self.at(day, "shop" if ag else "app")
        self.reg(car, p, ts, ch, ag, status=self.c08_lock(ts), usage=r.choice(("light", "normal")),
                 pattern="unconfirmed_lock_legit")

    # ------------------------------------------------------------ fraud groups
    def _buyer_fu(self, used, act_dev):
        c = self.cfg
        if c["spread_days"] == 0 and act_dev:
            return act_dev
        return self.new_phone() if used else ""

    def f_preact_leaked(self, left, fabricated=False):
        r = self.r
        c = self.cfg
        ag = self.pick_corrupt()
        car = ag.car
        n = min(left, r.randint(*c["batch"]))
        spread = c["spread_days"]
        day = self.rand_day(spread + 1)
        night = r.random() < c["night"]
        t = self.at(day, "night" if night else "shop")
        nv = max(1, n // r.choice((1, 1, 1, 2, 3)))
        vs = [(self.fake_person(t) if fabricated else self.leaked_person(t)) for _ in range(nv)]
        sims = self.sim_run(car, n) if spread == 0 or r.random() < 0.3 else [None] * n
        nums = self.msisdn_run(car, n) if r.random() < c["seq_msisdn"] else None
        if fabricated:
            mode = r.choice(("flower", "flower", "none", "stock"))
        else:
            y = self.day_str(day)[1]
            if not c["face_all"] and y < 2020 and r.random() < 0.4:
                mode = "none"
            else:
                mode = "replay" if r.random() < c["replay"] else "stock"
        stock = [r.getrandbits(64) for _ in range(r.randint(1, 4))]
        flower = "%016x" % r.choice(self.fake_faces)
        dev = ag.devs[0]
        pat = "preact_fabricated_id" if fabricated else "preact_leaked_id"
        jn = FRAUD_LABELS[pat]
        for i in range(n):
            v = vs[i % nv] if r.random() < 0.8 else r.choice(vs)
            if spread:
                t = self.at(day + r.randrange(spread), "shop")
            else:
                t += r.randint(15, 150)
                if t > self.tmax:
                    t = self.tmax - r.randrange(3600)
            if mode == "none":
                sh, fm = "", ""
            elif mode == "stock":
                sh = self.cap_hash(r.choice(stock), 0, 2)
                fm = "%.3f" % r.uniform(0.1, 0.5)
            elif mode == "flower":
                sh, fm = flower, "%.3f" % r.uniform(0.01, 0.15)
            else:
                sh = self.cap_hash(v.face, 0, 1)
                fm = "%.3f" % r.uniform(0.85, 0.97)
            if fabricated:
                if t < D_CHECK:
                    popdb = "UNCHECKED" if r.random() < 0.85 else "MISMATCH"
                else:
                    x = r.random()
                    popdb = "NOT_FOUND" if x < 0.45 else ("MISMATCH" if x < 0.8 else "UNCHECKED")
                used = r.random() < c["used"] * 0.6
            else:
                popdb = "MATCH" if t >= D_CHECK else self.genuine_popdb(t)
                used = r.random() < c["used"]
            self.reg(car, v, t, "AGENT", ag, sim=sims[i], msisdn=nums[i] if nums else None,
                     selfie=sh, fm=fm, popdb=popdb,
                     status=self.junk_status(t, used, 1.0 if fabricated else 0.8, popdb),
                     first_use=self._buyer_fu(used, ag.act_dev), usage="resold" if used else "unused",
                     junk=jn[0], non=jn[1], pattern=pat, dev=dev)

    def f_preact_fab(self, left):
        self.f_preact_leaked(left, fabricated=True)

    def f_agent_own(self, left):
        r = self.r
        c = self.cfg
        ag = self.pick_corrupt()
        car = ag.car
        span = r.randint(1, 60)
        day0 = self.rand_day(span)
        owner = self.new_person(day0 * DAY, amin=22, amax=50, res=ag.prov)
        if left >= 3 and r.random() < 0.7:
            self.reg(car, owner, self.at(self.rand_day(), "app"), "EKYC_APP", None)
            left -= 1
        n = min(left, r.randint(*c["own_n"]))
        doc = ("CCCD", owner.cccd)
        for i in range(n):
            day = day0 + r.randrange(span)
            t = self.at(day, "night" if r.random() < c["night"] * 0.5 else "shop")
            sh, fm = self.genuine_face(owner, t)
            used = r.random() < c["used"]
            self.reg(car, owner, t, "AGENT", ag, selfie=sh, fm=fm, popdb="MATCH" if t >= D_CHECK else None,
                     status=self.junk_status(t, used, 0.2), doc=doc,
                     first_use=self._buyer_fu(used, ag.act_dev), usage="resold" if used else "unused",
                     junk=1, non=1, pattern="agent_own_id")

    def f_ring(self, left, replay=False):
        r = self.r
        c = self.cfg
        n = min(left, r.randint(*c["ring_n"]))
        op = r.getrandbits(64)
        nph = r.randint(4, 10) if replay else r.randint(1, 3)
        phones = [self.new_phone() for _ in range(nph)]
        burners = [self.new_phone() for _ in range(r.randint(2, 8))]
        cars = [self.pick_big3() for _ in range(r.randint(1, 2))]
        acc = self.pick_corrupt()
        span = r.randint(10, 150) if replay else r.randint(2, 60)
        day0 = self.rand_day(span)
        pat = "replay_photo_ring" if replay else "identity_theft_ring"
        done = 0
        while done < n:
            v = self.leaked_person(day0 * DAY)
            k = min(n - done, r.randint(1, 3))
            for _ in range(k):
                car = r.choice(cars)
                day = day0 + r.randrange(span)
                if r.random() < (0.75 if replay else 0.8):
                    ch, ag, dev = "EKYC_APP", None, r.choice(phones)
                    if replay and r.random() < 0.3:
                        dev = self.new_phone()
                    t = self.at(day, "app" if replay else "evening")
                else:
                    ag = acc if acc.car == car or r.random() < 0.5 else self.pick_corrupt()
                    car = ag.car
                    ch, dev = "AGENT", None
                    t = self.at(day, "shop")
                if replay:
                    sh = self.cap_hash(v.face, 0, 2)
                    fm = "%.3f" % r.uniform(0.86, 0.97)
                    fu = self.new_phone() if r.random() < 0.5 else r.choice(burners)
                    uk = r.choice(("scam_light", "scam_light", "resold", "otp_stealth"))
                else:
                    sh = self.cap_hash(op, 1, 4)
                    fm = "%.3f" % r.uniform(0.18, 0.55)
                    fu = r.choice(burners) if r.random() < 0.7 else r.choice(phones)
                    uk = "scam"
                self.reg(car, v, t, ch, ag, selfie=sh, fm=fm, popdb="MATCH" if t >= D_CHECK else None,
                         status=self.junk_status(t, True, 0.85), dev=dev, first_use=fu, usage=uk,
                         junk=1, non=1, pattern=pat)
                done += 1

    def f_ring_replay(self, left):
        self.f_ring(left, replay=True)

    def f_dealer_extra(self, left):
        r = self.r
        c = self.cfg
        if left < 2:
            return
        ag = self.pick_corrupt()
        car = ag.car
        day = self.rand_day(25)
        t = self.at(day, "shop")
        p = self.new_person(t, res=ag.prov if r.random() < 0.85 else None, amin=18, amax=70)
        msisdn, sim, sh, fm, doc = self.reg(car, p, t, "AGENT", ag, pattern="clean")
        k = min(left - 1, r.choice((1, 1, 1, 2, 2, 3)))
        for _ in range(k):
            if c["extra_delay"] == "min":
                tj = t + r.randint(60, 900)
            else:
                tj = self.at(day + r.randint(1, 20), "shop")
            if tj > self.tmax:
                tj = self.tmax - r.randrange(3600)
            used = r.random() < c["used"]
            self.reg(car, p, tj, "AGENT", ag, selfie=sh, fm=fm, doc=doc,
                     popdb="MATCH" if tj >= D_CHECK else None,
                     status=self.junk_status(tj, used, 0.9),
                     first_use=self._buyer_fu(used, ag.act_dev if c["extra_delay"] == "min" else None),
                     usage=("resold" if r.random() < 0.7 else c["otp_usage"]) if used else "unused",
                     junk=1, non=1, pattern="dealer_extra_sim")

    def f_farm(self, left):
        r = self.r
        c = self.cfg
        n = min(left, r.randint(*c["farm_n"]))
        ngw = r.randint(1, 6)
        tac = r.choice(GATEWAY_TACS)
        base = r.randrange(900000)
        gw = [self.imei_seq(tac, base + i) for i in range(ngw * r.choice((8, 16, 32)))]
        ops = [self.new_phone() for _ in range(r.randint(1, 3))]
        car = self.pick_big3() if r.random() < 0.5 else "VIETTEL"
        span = r.randint(1, 60)
        day0 = self.rand_day(span + 1)
        focus = self.cfg["focus"]
        done = 0
        while done < n:
            res = focus[0][0] if focus and r.random() < 0.6 else None
            bp = POOR_SOURCES[bisect.bisect(self.poor_cum, r.random() * self.poor_cum[-1])]
            p = self.new_person(day0 * DAY, amin=18, amax=45, bprov=bp, res=res or bp)
            p.doc = self.doc_for(day0 * DAY, p)
            k = min(n - done, r.randint(2, 8))
            present = r.random() < c["farm_face_real"]
            day = day0 + r.randrange(span)
            t = self.at(day, "shop")
            ag = self.pick_corrupt() if r.random() < 0.6 else self.pick_agent(car, p.res)
            cnt_online = 0
            for j in range(k):
                car_j = car
                if present:
                    if j < 2 and r.random() < 0.3:
                        ch, a, dev = "EKYC_APP", None, p.phone
                        cnt_online += 1
                    else:
                        ch, a, dev = ag.kind, ag, None
                        car_j = ag.car
                    sh, fm = self.genuine_face(p, t)
                else:
                    if cnt_online < 3:
                        ch, a, dev = "EKYC_APP", None, r.choice(ops)
                        cnt_online += 1
                    else:
                        ch, a, dev = ag.kind, ag, None
                        car_j = ag.car
                    sh = self.cap_hash(p.face, 0, 2)
                    fm = "%.3f" % r.uniform(0.85, 0.96)
                fu = self.imei(GATEWAY_TACS + PHONE_TACS) if r.random() < c["gw_rand"] else r.choice(gw)
                self.reg(car_j, p, t, ch, a, selfie=sh, fm=fm, dev=dev,
                         popdb="MATCH" if t >= D_CHECK else None,
                         status=self.junk_status(t, True, 0.3), first_use=fu, usage=c["farm_usage"],
                         junk=1, non=1, pattern="sim_farm_bought_id")
                t += r.randint(30, 400)
                if t > self.tmax:
                    t = self.tmax - r.randrange(3600)
                done += 1

    def f_otp(self, left):
        r = self.r
        c = self.cfg
        n = min(left, r.randint(10, 60) if c["spread_days"] == 0 else r.randint(4, 20))
        tac = r.choice(MODEM_TACS)
        base = r.randrange(900000)
        modems = [self.imei_seq(tac, base + i) for i in range(r.choice((16, 32, 64)))]
        via_dealer = r.random() < 0.6
        ag = self.pick_corrupt()
        car = ag.car if via_dealer else self.pick_big3()
        span = c["spread_days"] or r.randint(1, 10)
        day0 = self.rand_day(span + 1)
        t = self.at(day0, "night" if r.random() < c["night"] else "shop")
        ops = [self.new_phone() for _ in range(r.randint(1, 3))]
        stock = r.getrandbits(64)
        sims = self.sim_run(car, n) if via_dealer and c["spread_days"] == 0 else [None] * n
        v = None
        for i in range(n):
            if v is None or r.random() < 0.6:
                v = self.leaked_person(t)
            if c["spread_days"]:
                t = self.at(day0 + r.randrange(span), "shop")
            else:
                t += r.randint(20, 300)
                if t > self.tmax:
                    t = self.tmax - r.randrange(3600)
            if via_dealer:
                ch, a, dev = "AGENT", ag, None
                if r.random() < c["replay"]:
                    sh, fm = self.cap_hash(v.face, 0, 1), "%.3f" % r.uniform(0.85, 0.97)
                else:
                    sh, fm = self.cap_hash(stock, 0, 2), "%.3f" % r.uniform(0.1, 0.5)
            else:
                ch, a, dev = "EKYC_APP", None, r.choice(ops)
                sh, fm = self.cap_hash(v.face, 0, 2), "%.3f" % r.uniform(0.85, 0.96)
            fu = self.imei(MODEM_TACS) if r.random() < c["gw_rand"] else r.choice(modems)
            self.reg(car, v, t, ch, a, sim=sims[i], selfie=sh, fm=fm, dev=dev,
                     popdb="MATCH" if t >= D_CHECK else None, status=self.junk_status(t, True, 0.85),
                     first_use=fu, usage=c["otp_usage"], junk=1, non=1, pattern="otp_resale")

    def f_swap(self, left):
        r = self.r
        c = self.cfg
        if left < 2:
            return
        if not self.swappers or r.random() < 0.25:
            self.swappers.append((r.getrandbits(64), self.new_phone()))
        sw_face, sw_phone = r.choice(self.swappers)
        day = self.rand_day()
        ts1 = self.at(day, "shop")
        res = r.choice(("001", "079", "079", "048", "031", "092")) if r.random() < 0.6 else None
        v = self.new_person(ts1, amin=28, amax=68, res=res)
        ts0 = self._hist_time(ts1, 90, 2200)
        car = self.pick_big3()
        ch0, ag0 = self.pick_channel(car, v.res, ts0 // DAY)
        msisdn, _, _, _, doc = self.reg(car, v, ts0, ch0, ag0, current=False)
        ag = self.pick_corrupt() if r.random() < 0.5 else self.pick_agent(car, self.pick_res())
        if ag.car != car:
            ag = self.pick_agent(car, ag.prov)
        if r.random() < c["deepfake"]:
            sh, fm = self.cap_hash(v.face, 2, 6), "%.3f" % r.uniform(0.78, 0.92)
        else:
            sh, fm = self.cap_hash(sw_face, 1, 4), "%.3f" % r.uniform(0.3, 0.66)
        x = r.random()
        st = "ONE_WAY_LOCKED" if x < 0.3 else ("TWO_WAY_LOCKED" if x < 0.4 else "ACTIVE")
        self.reg(car, v, ts1, ag.kind, ag, msisdn=msisdn, selfie=sh, fm=fm, popdb="MATCH",
                 status=st, first_use=sw_phone if r.random() < 0.6 else self.new_phone(),
                 usage="otp_swap", junk=0, non=1, pattern="sim_swap_takeover")

    def f_relative(self, left):
        r = self.r
        day = self.rand_day()
        ts = self.at(day, "shop")
        x = r.random()
        if x < 0.5:
            R = self.new_person(ts, amin=36, amax=56)
            U = self.new_person(ts, amin=11, amax=17, res=R.res, sur=R.sur if R.g == "M" else None)
            uk = "youth"
        elif x < 0.75:
            R = self.new_person(ts, amin=62, amax=86)
            U = self.new_person(ts, amin=16, amax=30, res=R.res)
            uk = "youth"
        else:
            R = self.new_person(ts, amin=22, amax=50, g="F")
            U = self.new_person(ts, amin=22, amax=50, g="M", res=R.res)
            uk = "normal"
        if left >= 2 and r.random() < 0.5:
            self.g_clean(left, R)
        car = self.pick_carrier(day * DAY)
        if r.random() < 0.7:
            ag = self.pick_agent(car, R.res)
            ch, dev = ag.kind, None
            if r.random() < 0.5:
                sh, fm = self.cap_hash(U.face, 0, 4), "%.3f" % r.uniform(0.2, 0.55)
            else:
                sh, fm = self.genuine_face(R, ts, elderly=R.by < U.by - 40)
        else:
            ag, ch, dev = None, "EKYC_APP", U.phone
            ts = self.at(day, "app")
            if r.random() < 0.7:
                sh, fm = self.cap_hash(U.face, 0, 4), "%.3f" % r.uniform(0.15, 0.5)
            else:
                sh, fm = self.cap_hash(R.face, 0, 2), "%.3f" % r.uniform(0.85, 0.95)
        self.reg(car, R, ts, ch, ag, selfie=sh, fm=fm, dev=dev, first_use=U.phone, usage=uk,
                 junk=0, non=1, pattern="relative_document")

    def f_spread(self, left):
        r = self.r
        c = self.cfg
        v = self.leaked_person(self.rand_day() * DAY)
        n = min(left, r.randint(4, 12))
        nprov = r.randint(3, 8)
        provs = [self.pick_pop() for _ in range(nprov)]
        span = r.randint(5, 30) if c["spread_days"] else r.randint(1, 10)
        day0 = self.rand_day(span + 1)
        car0 = self.pick_big3()
        for i in range(n):
            car = car0 if r.random() < 0.5 else self.pick_big3()
            prov = provs[i % nprov]
            ag = self.pick_corrupt() if r.random() < 0.3 else self.pick_agent(car, prov)
            car = ag.car
            t = self.at(day0 + r.randrange(span), "shop")
            if r.random() < c["replay"]:
                sh, fm = self.cap_hash(v.face, 0, 1), "%.3f" % r.uniform(0.85, 0.97)
            else:
                sh, fm = self.cap_hash(r.getrandbits(64), 0, 0), "%.3f" % r.uniform(0.1, 0.5)
            used = r.random() < c["used"]
            self.reg(car, v, t, ag.kind, ag, selfie=sh, fm=fm, popdb="MATCH" if t >= D_CHECK else None,
                     status=self.junk_status(t, used, 0.85), first_use=self.new_phone() if used else "",
                     usage=(r.choice(("resold", c["otp_usage"])) if used else "unused"),
                     junk=1, non=1, pattern="leaked_id_multi_province")

    def f_shell(self, left):
        r = self.r
        c = self.cfg
        n = min(left, r.randint(30, 400))
        ag = self.pick_corrupt()
        car = ag.car
        o = self.make_org("shell", ag.prov if r.random() < 0.7 else None)
        day = self.rand_day()
        t = self.at(day, "shop")
        sims = self.sim_run(car, n) if r.random() < 0.6 else [None] * n
        gw = [self.imei(GATEWAY_TACS) for _ in range(max(1, n // 24))]
        for i in range(n):
            sh, fm = self.genuine_face(o, t)
            self.reg(car, o, t, "AGENT", ag, sim=sims[i], selfie=sh, fm=fm,
                     status=self.junk_status(t, True, 0.5),
                     first_use=r.choice(gw) if r.random() > c["gw_rand"] else self.imei(GATEWAY_TACS),
                     usage=c["farm_usage"], junk=1, non=0, pattern="shell_org_farm")
            t += r.randint(5, 90)
            if t > self.tmax:
                t = self.tmax - r.randrange(3600)

    # ------------------------------------------------------------ driver
    def run(self):
        N = self.N
        fraud_fns = {
            "preact_leaked_id": self.f_preact_leaked, "preact_fabricated_id": self.f_preact_fab,
            "agent_own_id": self.f_agent_own, "identity_theft_ring": self.f_ring,
            "replay_photo_ring": self.f_ring_replay, "dealer_extra_sim": self.f_dealer_extra,
            "sim_farm_bought_id": self.f_farm, "otp_resale": self.f_otp,
            "sim_swap_takeover": self.f_swap, "relative_document": self.f_relative,
            "leaked_id_multi_province": self.f_spread, "shell_org_farm": self.f_shell,
        }
        legit_fns = {
            "busy_shop": self.g_busy, "family_shared_phone": self.g_family, "org_iot": self.g_org_iot,
            "org_fleet": self.g_org_fleet, "org_call_centre": self.g_org_cc,
            "org_employee": self.g_org_emp, "multi_sim_legit": self.g_multi,
            "data_only_sim": self.g_data_only, "backup_sim": self.g_backup,
            "clerical_typo": self.g_typo, "foreign_passport": self.g_foreign,
            "reregistration_update": self.g_rereg, "sim_replacement": self.g_replace,
            "ownership_transfer": self.g_transfer, "reissued_number": self.g_reissue,
            "industrial_worker": self.g_industrial, "student_sim": self.g_student,
            "elderly_low_face": self.g_elderly, "unconfirmed_lock_legit": self.g_unconf,
        }
        plan = []
        for name, frac in self.cfg["fraud"].items():
            plan.append((fraud_fns[name], frac))
        for name, frac in self.cfg["legit"].items():
            plan.append((legit_fns[name], frac))
        tot = sum(f for _, f in plan)
        scale = 0.9 / tot if tot > 0.9 else 1.0
        for fn, frac in plan:
            quota = int(round(frac * scale * N))
            start = self.count
            fails = 0
            while self.count - start < quota and self.count < N:
                before = self.count
                fn(min(quota - (self.count - start), N - self.count))
                if self.count == before:
                    fails += 1
                    if fails > 5:
                        break
        # leaked-document victims also hold their own genuine SIMs
        for v in list(self.leaked):
            if self.count >= N:
                break
            if self.r.random() < 0.4:
                self.g_clean(1, v)
        while self.count < N:
            self.g_clean(1)
        assert self.count == N, (self.count, N)

    def write(self, out):
        os.makedirs(out, exist_ok=True)
        self.rows.sort(key=lambda x: x[0])
        with open(os.path.join(out, "batch.csv"), "w", encoding="utf-8", newline="") as f:
            f.write(",".join(COLUMNS) + "\n")
            buf = []
            for _, line in self.rows:
                buf.append(line)
                if len(buf) >= 20000:
                    f.write("\n".join(buf) + "\n")
                    buf = []
            if buf:
                f.write("\n".join(buf) + "\n")
        self.labels.sort(key=lambda x: (x[0], x[1]))
        with open(os.path.join(out, "labels.csv"), "w", encoding="utf-8", newline="") as f:
            f.write(LABEL_HEADER + "\n")
            f.write("".join("%s,%s,%d,%d,%s\n" % l for l in self.labels))


def main(argv=None):
    ap = argparse.ArgumentParser(description="indep11 synthetic SIM-registration batch generator")
    ap.add_argument("--rows", type=int, default=10000)
    ap.add_argument("--seed", default="1")
    ap.add_argument("--scenario", default="national_default")
    ap.add_argument("--out", default=None)
    ap.add_argument("--list-scenarios", action="store_true")
    a = ap.parse_args(argv)
    if a.list_scenarios:
        for k in SCENARIOS:
            print(k)
        return 0
    if a.scenario not in SCENARIOS:
        ap.error("unknown scenario %r (use --list-scenarios)" % a.scenario)
    if a.rows < 1:
        ap.error("--rows must be >= 1")
    if not a.out:
        ap.error("--out is required")
    g = Gen(a.rows, a.seed, a.scenario)
    g.run()
    g.write(a.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
