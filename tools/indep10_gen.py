#!/usr/bin/env python3
"""indep10_gen.py - independent synthetic population generator for the
SIM-registration anomaly auditor (Vietnam).

Written only from the public interface contract (batch format) and the domain
fact sheet; it shares no code with the auditor.  Standard library only.

    python3 tools/indep10_gen.py --rows N --seed S --scenario NAME --out DIR
    python3 tools/indep10_gen.py --list-scenarios

Writes DIR/batch.csv (registration batch, contract column order, RFC 4180,
CRLF) and DIR/labels.csv (carrier,msisdn,junk,non_owner,pattern; one row per
subscription, carrier upper-case, msisdn normalised to 84 + 9 digits).

Ground truth semantics used here (my reading of the contract):
  JUNK      - the registration does not stand for a genuine end user at
              activation: pre-activated / mass-registered for resale, made on
              fabricated, borrowed, bought or leaked identities, or used in
              SIM farms / SIM boxes.
  NON_OWNER - registered in the name of a real, existing person who is not the
              one holding / using the SIM (stolen or leaked documents, extra
              SIMs on a walk-in customer's papers, sold or rented identities,
              SIM-swap takeovers, a relative's ID used by someone else).
Fabricated identities (no real person) are JUNK only; registrations on real
people's papers that are resold or abused are JUNK+NON_OWNER; a genuine end
user who is simply not the named person (relative's ID, SIM swap takeover) is
NON_OWNER only.

Patterns (label `pattern`; J = junk, N = non_owner)
  junk_preactivation_fabricated  J    dealer pre-activates batches on made-up CCCDs
  junk_preactivation_leaked      J N  same, on leaked real identities
  junk_agent_own_id              J N  dealer activates hundreds of SIMs on own/staff IDs
  junk_sim_farm[_leaked_ids]     J(N) OTP / SMS farm: SIMs share modem IMEIs, SMS-in heavy
  junk_sim_box[_leaked_ids]      J(N) VoIP-GSM gateway: outgoing-call-only SIMs
  junk_id_theft_ring             J N  one operator (face / phones) behind many victims' IDs,
                                      app registrations beyond the 3-per-document limit
  junk_dealer_extra_sims         J N  extra SIMs added to a walk-in customer's papers
  junk_bought_identity           J N  IDs sold / rented by poor people, many SIMs each
  junk_id_multi_province         J N  one leaked ID registered in many provinces quickly
  junk_cmnd_template             J    9-digit CMND "templates" + stock photos / flowers
  junk_elderly_ids               J N  very old villagers' IDs harvested by a dealer
  junk_foreign_passport          J    fabricated foreign passports registered in bulk
  nonowner_sim_swap                N  SIM replacement on a victim's number, other face
  nonowner_relative_id             N  adult uses a parent's ID for own SIM
Legitimate categories: legit_ordinary, legit_multi_sim, legit_busy_shop, legit_family,
legit_elderly_assisted, legit_migrant_worker, legit_org_iot / _fleet / _callcentre,
legit_data_only, legit_backup_sim, legit_name_variant, legit_clerical_typo,
legit_sim_replacement, legit_ownership_transfer, legit_recycled_number,
legit_restandardised, legit_device_change_reauth, legit_old_subscription,
legit_foreigner, legit_vn_passport, legit_shared_cheap_imei, legit_walkin_own.
"""
import argparse
import bisect
import datetime
import os
import random
import sys
import unicodedata
from itertools import accumulate

# --------------------------------------------------------------------------
# contract
# --------------------------------------------------------------------------
COLUMNS = [
    "carrier", "msisdn", "imsi", "iccid", "subscriber_type", "id_type",
    "id_number", "full_name", "date_of_birth", "gender", "nationality",
    "province", "registered_at", "channel", "agent_id", "device_imei",
    "selfie_hash", "face_match", "popdb_check", "status", "first_use_imei",
    "active_days_30d", "out_calls_30d", "in_calls_30d", "out_sms_30d",
    "in_sms_30d", "distinct_callees_30d", "topup_vnd_30d", "data_mb_30d",
]
EMPTY_USAGE = ",,,,,,,"

# --------------------------------------------------------------------------
# domain tables
# --------------------------------------------------------------------------
# code, name, population (millions, ~2019 census), region
PROVINCES = [
    ("001", "Hà Nội", 8.05, "RRD"), ("002", "Hà Giang", 0.85, "NW"),
    ("004", "Cao Bằng", 0.53, "NW"), ("006", "Bắc Kạn", 0.31, "NW"),
    ("008", "Tuyên Quang", 0.78, "NW"), ("010", "Lào Cai", 0.73, "NW"),
    ("011", "Điện Biên", 0.60, "NW"), ("012", "Lai Châu", 0.46, "NW"),
    ("014", "Sơn La", 1.25, "NW"), ("015", "Yên Bái", 0.82, "NW"),
    ("017", "Hòa Bình", 0.85, "NW"), ("019", "Thái Nguyên", 1.29, "NW"),
    ("020", "Lạng Sơn", 0.78, "NW"), ("022", "Quảng Ninh", 1.32, "RRD"),
    ("024", "Bắc Giang", 1.80, "NW"), ("025", "Phú Thọ", 1.46, "NW"),
    ("026", "Vĩnh Phúc", 1.15, "RRD"), ("027", "Bắc Ninh", 1.37, "RRD"),
    ("030", "Hải Dương", 1.89, "RRD"), ("031", "Hải Phòng", 2.03, "RRD"),
    ("033", "Hưng Yên", 1.25, "RRD"), ("034", "Thái Bình", 1.86, "RRD"),
    ("035", "Hà Nam", 0.85, "RRD"), ("036", "Nam Định", 1.78, "RRD"),
    ("037", "Ninh Bình", 0.98, "RRD"), ("038", "Thanh Hóa", 3.64, "NC"),
    ("040", "Nghệ An", 3.33, "NC"), ("042", "Hà Tĩnh", 1.29, "NC"),
    ("044", "Quảng Bình", 0.90, "NC"), ("045", "Quảng Trị", 0.63, "NC"),
    ("046", "Thừa Thiên Huế", 1.13, "NC"), ("048", "Đà Nẵng", 1.13, "SCC"),
    ("049", "Quảng Nam", 1.50, "SCC"), ("051", "Quảng Ngãi", 1.23, "SCC"),
    ("052", "Bình Định", 1.49, "SCC"), ("054", "Phú Yên", 0.87, "SCC"),
    ("056", "Khánh Hòa", 1.23, "SCC"), ("058", "Ninh Thuận", 0.59, "SCC"),
    ("060", "Bình Thuận", 1.23, "SCC"), ("062", "Kon Tum", 0.54, "CH"),
    ("064", "Gia Lai", 1.51, "CH"), ("066", "Đắk Lắk", 1.87, "CH"),
    ("067", "Đắk Nông", 0.62, "CH"), ("068", "Lâm Đồng", 1.30, "CH"),
    ("070", "Bình Phước", 0.99, "SE"), ("072", "Tây Ninh", 1.17, "SE"),
    ("074", "Bình Dương", 2.43, "SE"), ("075", "Đồng Nai", 3.10, "SE"),
    ("077", "Bà Rịa–Vũng Tàu", 1.15, "SE"), ("079", "TP Hồ Chí Minh", 8.99, "SE"),
    ("080", "Long An", 1.69, "MK"), ("082", "Tiền Giang", 1.76, "MK"),
    ("083", "Bến Tre", 1.29, "MK"), ("084", "Trà Vinh", 1.01, "MK"),
    ("086", "Vĩnh Long", 1.02, "MK"), ("087", "Đồng Tháp", 1.60, "MK"),
    ("089", "An Giang", 1.91, "MK"), ("091", "Kiên Giang", 1.72, "MK"),
    ("092", "Cần Thơ", 1.24, "MK"), ("093", "Hậu Giang", 0.73, "MK"),
    ("094", "Sóc Trăng", 1.20, "MK"), ("095", "Bạc Liêu", 0.91, "MK"),
    ("096", "Cà Mau", 1.19, "MK"),
]
PCODES = [p[0] for p in PROVINCES]
PREGION = {p[0]: p[3] for p in PROVINCES}
PPOP = {p[0]: p[2] for p in PROVINCES}
PNAME = {p[0]: p[1] for p in PROVINCES}
SOUTH = {"SE", "MK", "SCC", "CH"}
# share of residents whose birth was registered in another province
MIGRANT_SHARE = {"074": 0.55, "079": 0.35, "075": 0.30, "001": 0.25, "027": 0.30,
                 "048": 0.25, "080": 0.15, "077": 0.22, "026": 0.15, "031": 0.12,
                 "070": 0.20, "072": 0.10, "068": 0.15, "066": 0.20, "067": 0.25,
                 "064": 0.15, "024": 0.10, "019": 0.10, "056": 0.12, "092": 0.10}
INDUSTRIAL = ["074", "075", "079", "027", "024", "001", "080", "026", "031", "030",
              "019", "077"]
BORDER_OR_HUB = ["079", "001", "022", "020", "010", "072", "091", "089", "002", "031"]
RURAL_NW_MK = ["002", "011", "012", "014", "004", "010", "064", "062", "094", "084",
               "095", "087", "040", "038"]

# 9-digit CMND issuing prefixes (first 2-3 digits; BR-VT and Đồng Nai share 27)
CMND_PFX = {"001": "01", "079": "02", "031": "03", "011": "04", "012": "04",
            "014": "05", "010": "06", "015": "06", "002": "07", "008": "07",
            "004": "08", "020": "08", "006": "09", "019": "09", "022": "10",
            "017": "11", "024": "12", "027": "12", "025": "13", "026": "13",
            "030": "14", "033": "14", "034": "15", "035": "16", "036": "16",
            "037": "16", "038": "17", "040": "18", "042": "18", "044": "19",
            "045": "19", "046": "19", "048": "20", "049": "20", "051": "21",
            "052": "21", "054": "22", "056": "22", "062": "23", "064": "23",
            "066": "24", "067": "24", "068": "25", "058": "26", "060": "26",
            "075": "27", "077": "27", "074": "280", "070": "285", "072": "29",
            "080": "30", "082": "31", "083": "32", "084": "33", "086": "33",
            "087": "34", "089": "35", "092": "36", "093": "36", "094": "36",
            "091": "37", "095": "38", "096": "38"}

# carrier code, market share, MNC/ICCID issuer, prefixes (after the 0), agent code
CARRIERS = [
    ("VIETTEL", 0.545, "04", [("96", 9), ("97", 9), ("98", 9), ("86", 6), ("32", 5),
                              ("33", 5), ("34", 5), ("35", 5), ("36", 5), ("37", 5),
                              ("38", 5), ("39", 5)], "VTT"),
    ("VINAPHONE", 0.225, "02", [("91", 9), ("94", 8), ("88", 6), ("81", 4), ("82", 4),
                                ("83", 4), ("84", 4), ("85", 4)], "VNP"),
    ("MOBIFONE", 0.190, "01", [("90", 9), ("93", 8), ("89", 6), ("70", 4), ("76", 3),
                               ("77", 4), ("78", 3), ("79", 4)], "MBF"),
    ("VIETNAMOBILE", 0.018, "05", [("92", 6), ("52", 2), ("56", 4), ("58", 4)], "VNM"),
    ("GMOBILE", 0.004, "07", [("993", 1), ("994", 1), ("995", 1), ("996", 1),
                              ("997", 1), ("59", 4)], "GTL"),
    ("ITEL", 0.010, "08", [("87", 1)], "ITL"),
    ("REDDI", 0.003, "09", [("55", 1)], "RDI"),
    ("WINTEL", 0.003, "09", [("55", 1)], "WTL"),
    # MVNOs whose own MNC / ranges are unconfirmed: host network ranges assumed
    ("ASIM", 0.0015, "02", [("81", 1), ("82", 1), ("85", 1)], "ASM"),
    ("DIGILIFE", 0.001, "02", [("83", 1), ("84", 1)], "DGL"),
    ("LOCAL", 0.0015, "01", [("76", 1), ("77", 1), ("78", 1)], "LCL"),
]
NC = len(CARRIERS)
C_VT, C_VNP, C_MBF = 0, 1, 2
CCODE = [c[0] for c in CARRIERS]
# how each carrier writes its code and msisdn in exports (all legal forms)
C_OUTCODE = {6: "Reddi", 10: "Local"}
MSISDN_FMT = {0: (0.3, 0.7, 0.0), 1: (1.0, 0.0, 0.0), 2: (0.1, 0.1, 0.8),
              3: (1.0, 0.0, 0.0), 4: (0.5, 0.5, 0.0)}
# name rendering habits (0 NFC, 1 upper, 2 ascii, 3 ascii upper, 4 NFD)
NAME_STYLE = {0: (0.92, 0.05, 0.0, 0.03, 0.0), 1: (0.80, 0.14, 0.02, 0.03, 0.01),
              2: (0.64, 0.30, 0.0, 0.05, 0.01), 3: (0.40, 0.0, 0.0, 0.60, 0.0),
              4: (0.0, 0.0, 0.0, 1.0, 0.0), 5: (0.5, 0.3, 0.0, 0.2, 0.0)}
NO_USAGE_CARRIERS = {9, 10}   # DIGILIFE, LOCAL do not export usage
UTC_CARRIERS = {4}            # GMOBILE exports timestamps in UTC (+00:00)
ICCID_LEN = {"04": 20}        # others 19

# --------------------------------------------------------------------------
# names
# --------------------------------------------------------------------------
FAMILY = [("Nguyễn", 38), ("Trần", 11), ("Lê", 9.5), ("Phạm", 7), ("Hoàng", 5),
          ("Phan", 4.5), ("Vũ", 3.9), ("Đặng", 2.1), ("Bùi", 2), ("Đỗ", 1.4),
          ("Hồ", 1.3), ("Ngô", 1.3), ("Dương", 1), ("Lý", 0.5), ("Đinh", 0.6),
          ("Trương", 0.6), ("Đào", 0.5), ("Đoàn", 0.5), ("Lâm", 0.4), ("Mai", 0.4),
          ("Trịnh", 0.4), ("Cao", 0.3), ("Tô", 0.2), ("Lưu", 0.3), ("Hà", 0.4),
          ("Tạ", 0.2), ("Châu", 0.2), ("Quách", 0.1), ("Thái", 0.2), ("Lương", 0.3),
          ("Vương", 0.2), ("Kiều", 0.1), ("Phùng", 0.2), ("La", 0.1), ("Triệu", 0.2)]
MID_M_OLD = [("Văn", 55), ("Đức", 8), ("Hữu", 7), ("Quang", 6), ("Minh", 6), ("Công", 5),
             ("Xuân", 4), ("Đình", 5), ("Ngọc", 3), ("Thanh", 3), ("Trọng", 3),
             ("Thế", 3), ("Bá", 2)]
MID_M_YOUNG = [("Văn", 18), ("Minh", 12), ("Đức", 10), ("Quang", 8), ("Hoàng", 6),
               ("Gia", 7), ("Tuấn", 5), ("Thành", 5), ("Hữu", 5), ("Anh", 4),
               ("Ngọc", 3), ("Nhật", 5), ("Trung", 3), ("Bảo", 5), ("Khánh", 3),
               ("Công", 4), ("Quốc", 4)]
MID_F_OLD = [("Thị", 65), ("Ngọc", 7), ("Thu", 5), ("Thanh", 5), ("Kim", 5), ("Minh", 3),
             ("Hồng", 4), ("Xuân", 3), ("Bích", 3)]
MID_F_YOUNG = [("Thị", 22), ("Ngọc", 12), ("Thu", 7), ("Thanh", 6), ("Minh", 7),
               ("Phương", 6), ("Bảo", 5), ("Khánh", 6), ("Hà", 4), ("Mai", 5),
               ("Quỳnh", 5), ("Hoài", 4), ("Diệu", 3), ("Kim", 4), ("Thảo", 3)]
GIV_M = ("Anh Hùng Dũng Tuấn Minh Nam Long Hải Sơn Thắng Cường Phúc Quân Khoa Huy "
         "Bảo Đạt Trung Hiếu Tài Thành Tùng Vinh Việt Lâm Khánh Phong Hưng Toàn Duy "
         "Hoàng Kiên Tiến Thịnh Quang Lộc Tâm Nghĩa Đức Tú Khải Hòa Bình Chiến Thuận "
         "Phát Hậu Lực Sang Tín Nhân Khôi Kiệt Vũ Hào").split()
GIV_F = ("Lan Hương Hoa Mai Linh Trang Ngọc Thảo Hằng Huyền Nhung Yến Vy Anh Hà "
         "Phương Thủy Dung Oanh Nga Hạnh Quỳnh Trâm Nhi Tuyết Loan Diệp Chi Giang My "
         "Hiền Thu Vân Liên Hồng Uyên Ngân Tâm Duyên Thư Châu Xuân Nhàn Hậu Thoa Lý "
         "Hòa Trinh Thắm Vi").split()
GIV2_M = ["Gia Huy", "Minh Khôi", "Đức Anh", "Bảo Long", "Minh Quân", "Hoàng Nam", "Tuấn Kiệt",
          "Quốc Bảo", "Anh Khoa", "Nhật Minh", "Gia Bảo", "Đăng Khoa", "Thành Đạt",
          "Trung Kiên", "Hải Đăng", "Minh Trí", "Phúc Lâm", "Khánh Duy", "Hoàng Long"]
GIV2_F = ["Bảo Anh", "Khánh Linh", "Minh Anh", "Thu Hà", "Ngọc Anh", "Phương Anh", "Gia Hân",
          "Bảo Ngọc", "Khánh Vy", "Thảo Nguyên", "Hà My", "Mai Anh", "Thanh Trúc",
          "Quỳnh Như", "Ngọc Hân", "Diệu Linh", "Thùy Dương", "Bảo Trâm", "Thu Trang"]
ETH_SHARE = {"002": 0.85, "004": 0.9, "006": 0.85, "008": 0.5, "010": 0.65, "011": 0.8,
             "012": 0.85, "014": 0.8, "015": 0.5, "017": 0.7, "020": 0.8,
             "084": 0.3, "094": 0.3, "089": 0.05, "091": 0.1, "095": 0.08}
HMONG_FAM = ["Giàng", "Sùng", "Vàng", "Thào", "Lý", "Hờ", "Mùa", "Lầu", "Vừ", "Sình"]
HMONG_M = ["Páo", "Dế", "Chứ", "Sính", "Lử", "Sử", "Chống", "Pó", "Chá", "Tủa", "Súa", "Nhè"]
HMONG_F = ["Mỷ", "Dợ", "Sua", "Mai", "Chở", "Dua", "Pà", "Si", "Lan", "Máy"]
THAI_FAM = ["Lò", "Quàng", "Cầm", "Lường", "Điêu", "Tòng", "Vì", "Hoàng"]
THAI_GIV = ["Pọm", "Ơn", "Xôm", "Phiêng", "Tươi", "Ún", "Chanh", "Hom", "Inh", "Thoản"]
TAY_FAM = ["Nông", "Hoàng", "Lục", "Ma", "Triệu", "Lương", "Đàm", "Hà", "Bế", "Nịnh"]
KHMER_FAM = ["Thạch", "Sơn", "Danh", "Kim", "Lâm", "Thạch", "Sơn"]
KHMER_GIV = ["Sô Phal", "Sa Ry", "Chanh Đa", "Thol", "Sóc Kha", "Sà Mây", "Phol", "Ny",
             "Đa Ra", "Sa Vy", "Sà Rươne", "Mum"]
TEMPLATE_NAMES = ["Nguyễn Văn A", "Trần Thị B", "Lê Văn C", "Nguyễn Thị D", "Phạm Văn E"]

FOREIGN = {  # nationality: (families, givens, family_first, passport format)
    "CN": (["WANG", "LI", "ZHANG", "LIU", "CHEN", "YANG", "HUANG", "ZHAO", "WU", "ZHOU"],
           ["WEI", "FANG", "JING", "LEI", "MIN", "QIANG", "YAN", "JUN", "XIAO MING", "HAO"],
           True, "E8"),
    "KR": (["KIM", "LEE", "PARK", "CHOI", "JUNG", "KANG", "CHO", "YOON", "JANG", "LIM"],
           ["MIN JUN", "SEO YEON", "JI HOON", "HYE JIN", "DONG HYUN", "SOO AH", "JAE WON"],
           True, "M8"),
    "JP": (["SATO", "SUZUKI", "TAKAHASHI", "TANAKA", "WATANABE", "ITO", "YAMAMOTO"],
           ["HIROSHI", "YUKI", "KENJI", "AYA", "TAKUYA", "NAOKI", "MAI"], True, "TK7"),
    "TW": (["CHEN", "LIN", "HUANG", "CHANG", "LEE", "WANG", "WU"],
           ["CHIA HAO", "YI TING", "CHUN HUNG", "SHU FEN", "WEN CHIEH"], True, "9"),
    "US": (["SMITH", "JOHNSON", "BROWN", "WILSON", "TAYLOR", "MILLER", "DAVIS"],
           ["JOHN", "MICHAEL", "SARAH", "EMMA", "DAVID", "JAMES", "LAURA"], False, "9"),
    "GB": (["JONES", "WILLIAMS", "EVANS", "THOMAS", "ROBERTS"],
           ["OLIVER", "GEORGE", "AMELIA", "SOPHIE", "HARRY"], False, "9"),
    "AU": (["SMITH", "NGUYEN", "WILLIAMS", "KELLY", "MARTIN"],
           ["JACK", "CHLOE", "LIAM", "RUBY", "NOAH"], False, "N7"),
    "FR": (["MARTIN", "BERNARD", "DUBOIS", "THOMAS", "ROBERT", "PETIT"],
           ["LUC", "CAMILLE", "JULIEN", "MANON", "PIERRE"], False, "FR"),
    "TH": (["SRISUK", "WONGSA", "CHAIYA", "BOONMA", "SAETANG"],
           ["SOMCHAI", "NIRAN", "MALEE", "ANONG", "KITTI"], False, "AA7"),
    "KH": (["SOK", "CHEA", "KEO", "HENG", "LIM", "SAO"],
           ["DARA", "SOPHEAP", "VANNA", "BORA", "SREY MOM"], True, "N7"),
    "IN": (["SHARMA", "PATEL", "SINGH", "KUMAR", "GUPTA"],
           ["RAHUL", "PRIYA", "AMIT", "NEHA", "VIKRAM"], False, "L7"),
}
FOREIGN_W = [("KR", 28), ("CN", 24), ("JP", 10), ("TW", 9), ("US", 8), ("GB", 4),
             ("AU", 4), ("FR", 4), ("TH", 3), ("KH", 4), ("IN", 3)]
FOREIGN_RES = [("079", 30), ("001", 25), ("027", 12), ("048", 8), ("056", 7), ("074", 6),
               ("031", 4), ("075", 4), ("091", 2), ("022", 2)]

ORG_FORMS = ["Công ty TNHH", "Công ty Cổ phần", "Công ty TNHH MTV", "Tổng công ty",
             "Công ty TNHH Một thành viên"]
ORG_BRAND = ["Sao Việt", "Hoàng Long", "Phương Nam", "Đông Á", "Thành Công", "An Phát",
             "Minh Khang", "Bình Minh", "Tân Hưng", "Việt Tiến", "Hòa Bình", "Trường Sơn",
             "Mekong", "Sài Gòn", "Hà Thành", "Phú Thịnh", "Kim Long", "Nam Việt",
             "Thiên Phúc", "Đại Dương", "Ánh Dương", "Hưng Thịnh", "Lạc Hồng", "Tiên Phong"]
ORG_TRADE = {
    "iot": ["Giải pháp IoT", "Điện lực", "Cấp nước", "Nông nghiệp Công nghệ cao",
            "Công nghệ Đo lường", "An ninh Giám sát", "Thiết bị Thông minh"],
    "fleet": ["Vận tải", "Taxi", "Logistics", "Giao hàng Nhanh", "Xe khách",
              "Vận tải Biển", "Chuyển phát"],
    "callcentre": ["Chăm sóc Khách hàng", "Tài chính Tiêu dùng", "Dịch vụ Viễn thông",
                   "Thương mại Điện tử", "Bảo hiểm", "Tư vấn Bất động sản"],
}
TAX_PFX = {"001": "01", "079": "03", "031": "02", "074": "37", "075": "36", "048": "04",
           "027": "23", "077": "35", "092": "18", "056": "42", "026": "25"}

# --------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------
_DBL = [0, 2, 4, 6, 8, 1, 3, 5, 7, 9]


def luhn_digit(body):
    """Check digit to append to `body` (a digit string)."""
    s = 0
    rev = body[::-1]
    for ch in rev[0::2]:
        s += _DBL[ord(ch) - 48]
    for ch in rev[1::2]:
        s += ord(ch) - 48
    return str((10 - s % 10) % 10)


def _ascii_table():
    t = {}
    for cp in range(0xC0, 0x1F00):
        ch = chr(cp)
        d = unicodedata.normalize("NFD", ch)
        if len(d) > 1 and "A" <= d[0] <= "z" and d[0].isalpha():
            t[cp] = d[0]
    t[ord("đ")] = "d"
    t[ord("Đ")] = "D"
    return t


ASCII_T = _ascii_table()


def wc(pairs):
    items = [a for a, _ in pairs]
    cum = list(accumulate(w for _, w in pairs))
    return items, cum


def lerp(a, b, x):
    return a + (b - a) * x


HOURS_SHOP = [0, 0, 0, 0, 0, 0, 0.3, 1.5, 4, 6, 6.5, 5.5, 3, 3, 4.5, 5.5, 6, 6.5, 6, 5,
              3.5, 1.5, 0.3, 0]
HOURS_APP = [1.2, 0.6, 0.3, 0.2, 0.2, 0.4, 1.2, 2.4, 3.5, 4.2, 4.3, 4.3, 4, 3.6, 3.8, 4.2,
             4.4, 4.5, 4.8, 5.4, 5.9, 5.8, 4.6, 2.8]
HOURS_NIGHT = [6, 6, 5, 4, 3, 2, 1, 0.5, 0.2, 0.2, 0.2, 0.2, 0.2, 0.2, 0.2, 0.2, 0.3, 0.5,
               1, 2, 3, 4, 5, 6]
HOURS_OFFICE = [0, 0, 0, 0, 0, 0, 0, 0.5, 5, 7, 7, 5, 1, 3, 7, 7, 6, 3, 0.5, 0, 0, 0, 0, 0]

K_FLIP = list(accumulate([15, 30, 28, 17, 8, 2]))    # bits flipped per re-capture
TOPUP_NORMAL = wc([(0, 24), (10000, 8), (20000, 12), (50000, 18), (100000, 18),
                   (200000, 10), (300000, 3), (500000, 4), (150000, 3)])
TOPUP_LIGHT = wc([(0, 50), (10000, 15), (20000, 15), (50000, 15), (100000, 5)])
AGE_BINS = [(15, 17, 0.04), (18, 24, 0.17), (25, 34, 0.24), (35, 44, 0.20), (45, 54, 0.15),
            (55, 64, 0.11), (65, 74, 0.06), (75, 90, 0.03)]
STATUS_LEGIT = wc([("ACTIVE", 96.5), ("TERMINATED", 2.0), ("ONE_WAY_LOCKED", 1.0),
                   ("TWO_WAY_LOCKED", 0.5)])
MDAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


def date_days(s):
    """'YYYY-MM-DD' -> days since 1970-01-01."""
    return datetime.date.fromisoformat(s).toordinal() - 719163


def mk_t(s, hh=0, mm=0):
    return date_days(s) * 86400 + hh * 3600 + mm * 60


T_AUG2022 = mk_t("2022-08-01")
T_JAN2025 = mk_t("2025-01-01")
T_C08 = mk_t("2026-04-15")
T_2016 = mk_t("2016-01-01")
T_2021 = mk_t("2021-01-01")

# --------------------------------------------------------------------------
# scenarios
# --------------------------------------------------------------------------
LEGIT_BASE = {
    "legit_multi_sim": 0.055, "legit_busy_shop": 0.07, "legit_family": 0.05,
    "legit_elderly_assisted": 0.015, "legit_migrant_worker": 0.03,
    "legit_org_iot": 0.02, "legit_org_fleet": 0.01, "legit_org_callcentre": 0.006,
    "legit_data_only": 0.025, "legit_backup_sim": 0.02, "legit_name_variant": 0.01,
    "legit_clerical_typo": 0.008, "legit_sim_replacement": 0.012,
    "legit_ownership_transfer": 0.006, "legit_recycled_number": 0.005,
    "legit_restandardised": 0.012, "legit_device_change_reauth": 0.005,
    "legit_old_subscription": 0.02, "legit_foreigner": 0.006, "legit_vn_passport": 0.003,
    "legit_shared_cheap_imei": 0.004,
}
FRAUD_BASE = {
    "junk_preactivation_fabricated": 0.016, "junk_preactivation_leaked": 0.012,
    "junk_agent_own_id": 0.008, "junk_sim_farm": 0.012, "junk_sim_box": 0.006,
    "junk_id_theft_ring": 0.012, "junk_dealer_extra_sims": 0.010,
    "junk_bought_identity": 0.008, "nonowner_sim_swap": 0.004,
    "nonowner_relative_id": 0.004, "junk_id_multi_province": 0.004,
    "junk_cmnd_template": 0.004, "junk_elderly_ids": 0.003,
    "junk_foreign_passport": 0.002,
}
CHAN_2026 = {"AGENT": 0.50, "STORE": 0.20, "EKYC_APP": 0.25, "ONLINE": 0.05}


def _scale(d, k, over=None):
    out = {a: v * k for a, v in d.items()}
    if over:
        out.update(over)
    return out


SCENARIOS = {
    "national_default": dict(
        start="2025-10-01", end="2026-05-15", export="2026-05-31",
        legit=dict(LEGIT_BASE), fraud=dict(FRAUD_BASE), blat=(0.15, 1.0), size=1.0,
        reuse=0.35, spread=0.15, chan=CHAN_2026, cmnd=0.0, res=None),
    "stealth_thin": dict(
        start="2025-06-01", end="2026-05-15", export="2026-05-31",
        legit=dict(LEGIT_BASE), fraud=_scale(FRAUD_BASE, 0.30), blat=(0.0, 0.30),
        size=0.12, reuse=0.03, spread=0.5, chan=CHAN_2026, cmnd=0.0, res=None),
    "stealth_distributed": dict(
        start="2025-09-01", end="2026-05-15", export="2026-05-31",
        legit=dict(LEGIT_BASE),
        fraud=_scale(FRAUD_BASE, 0.35, {"junk_id_theft_ring": 0.016,
                                        "junk_bought_identity": 0.012,
                                        "junk_sim_farm": 0.012,
                                        "junk_id_multi_province": 0.010,
                                        "nonowner_sim_swap": 0.004}),
        blat=(0.05, 0.40), size=0.7, reuse=0.05, spread=0.9, chan=CHAN_2026, cmnd=0.0,
        res=None),
    "heavy_fraud_wave": dict(
        start="2023-01-03", end="2023-09-30", export="2023-10-31",
        legit=_scale(LEGIT_BASE, 0.75, {"legit_device_change_reauth": 0.0}),
        fraud=_scale(FRAUD_BASE, 3.0, {"junk_cmnd_template": 0.03,
                                       "junk_agent_own_id": 0.04,
                                       "nonowner_sim_swap": 0.006}),
        blat=(0.5, 1.0), size=1.6, reuse=0.6, spread=0.05,
        chan={"AGENT": 0.68, "STORE": 0.18, "EKYC_APP": 0.11, "ONLINE": 0.03},
        cmnd=0.25, res=None),
    "provincial_binh_duong": dict(
        start="2025-10-01", end="2026-05-15", export="2026-05-31",
        legit=_scale(LEGIT_BASE, 1.0, {"legit_busy_shop": 0.12,
                                       "legit_migrant_worker": 0.14,
                                       "legit_org_fleet": 0.02, "legit_org_iot": 0.015,
                                       "legit_family": 0.035}),
        fraud=_scale(FRAUD_BASE, 1.0, {"junk_dealer_extra_sims": 0.022,
                                       "junk_bought_identity": 0.016,
                                       "junk_sim_farm": 0.016,
                                       "junk_elderly_ids": 0.0,
                                       "junk_foreign_passport": 0.004}),
        blat=(0.1, 0.9), size=0.9, reuse=0.45, spread=0.1, chan=CHAN_2026, cmnd=0.0,
        res={"074": 80, "079": 7, "075": 6, "070": 3, "072": 2, "077": 1, "080": 1}),
    "confounder_stress": dict(
        start="2025-10-01", end="2026-05-15", export="2026-05-31",
        legit=_scale(LEGIT_BASE, 1.0, {
            "legit_busy_shop": 0.15, "legit_family": 0.11, "legit_org_iot": 0.06,
            "legit_org_fleet": 0.035, "legit_org_callcentre": 0.025,
            "legit_multi_sim": 0.10, "legit_data_only": 0.045, "legit_backup_sim": 0.045,
            "legit_name_variant": 0.04, "legit_clerical_typo": 0.03,
            "legit_elderly_assisted": 0.04, "legit_migrant_worker": 0.06,
            "legit_shared_cheap_imei": 0.02, "legit_sim_replacement": 0.025,
            "legit_ownership_transfer": 0.012, "legit_recycled_number": 0.01,
            "legit_foreigner": 0.02, "legit_vn_passport": 0.005,
            "legit_device_change_reauth": 0.01}),
        fraud=_scale(FRAUD_BASE, 0.45), blat=(0.1, 0.7), size=0.6, reuse=0.2,
        spread=0.3, chan=CHAN_2026, cmnd=0.0, res=None),
    "circular08_transition": dict(
        start="2026-03-01", end="2026-05-31", export="2026-06-12",
        legit=_scale(LEGIT_BASE, 1.0, {
            "legit_restandardised": 0.08, "legit_sim_replacement": 0.035,
            "legit_ownership_transfer": 0.02, "legit_old_subscription": 0.05,
            "legit_recycled_number": 0.01, "legit_device_change_reauth": 0.05}),
        fraud=_scale(FRAUD_BASE, 0.5, {"nonowner_sim_swap": 0.014,
                                       "junk_id_theft_ring": 0.02,
                                       "junk_bought_identity": 0.01,
                                       "junk_preactivation_leaked": 0.01}),
        blat=(0.1, 0.8), size=0.8, reuse=0.3, spread=0.3,
        chan={"AGENT": 0.42, "STORE": 0.23, "EKYC_APP": 0.30, "ONLINE": 0.05},
        cmnd=0.0, res=None),
}


class Person:
    __slots__ = ("name", "fam", "g", "by", "dob", "born", "res", "idt", "idn", "face",
                 "phone", "cmnd")


# --------------------------------------------------------------------------
# generator
# --------------------------------------------------------------------------
class Gen:
    def __init__(self, rows, seed, scen):
        self.N = rows
        self.sc = SCENARIOS[scen]
        self.r = random.Random(f"indep10|{rows}|{seed}|{scen}")
        r = self.r
        sc = self.sc
        self.rows = []
        self.labels = {}
        self.used_msisdn = set()
        self.used_ids = set()
        self.used_imei = set()
        self.pool = []
        self.pool_seen = 0
        self.dcache = {}
        self.blocks = {}
        # time
        self.d0 = date_days(sc["start"])
        self.d1 = date_days(sc["end"])
        self.t_start = self.d0 * 86400
        self.t_end = self.d1 * 86400 + 86399
        self.t_export = mk_t(sc["export"], 23, 0)
        self.ref_year = int(sc["start"][:4])
        self.t_usage_from = self.t_start - 150 * 86400   # older feeds carry no usage
        self.last_sim = None
        days = list(range(self.d0, self.d1 + 1))
        tet = [mk_t(x) // 86400 for x in ("2023-01-22", "2024-02-10", "2025-01-29",
                                          "2026-02-17")]
        dw = []
        for d in days:
            w = 1.0
            wd = (d + 3) % 7            # 0 = Monday
            if wd == 5:
                w = 1.22
            elif wd == 6:
                w = 1.15
            for td in tet:
                if -2 <= d - td <= 4:
                    w *= 0.35
                elif -20 <= d - td < -2:
                    w *= 1.25
            dw.append(w)
        self.days = days
        self.dcum = list(accumulate(dw))
        self.hcum = {k: list(accumulate(v)) for k, v in (
            ("shop", HOURS_SHOP), ("app", HOURS_APP), ("night", HOURS_NIGHT),
            ("office", HOURS_OFFICE))}
        # provinces
        resw = sc.get("res")
        if resw:
            pw = [(p, resw.get(p, 0) + PPOP[p] * 0.02) for p in PCODES]
        else:
            pw = [(p, PPOP[p]) for p in PCODES]
        self.res_ic = wc(pw)
        self.prov_w = dict(pw)
        self.mig_ic = {}
        self.region_carrier = {}
        for reg in ("NW", "RRD", "NC", "SCC", "CH", "SE", "MK"):
            ws = []
            for i, c in enumerate(CARRIERS):
                w = c[1]
                if i == C_VT:
                    w *= {"NW": 1.35, "CH": 1.15, "NC": 1.1}.get(reg, 1.0)
                ws.append((i, w))
            self.region_carrier[reg] = wc(ws)
        self.carrier_ic = wc([(i, c[1]) for i, c in enumerate(CARRIERS)])
        self.pfx_ic = [wc(c[3]) for c in CARRIERS]
        self.chan_ic = wc(list(sc["chan"].items()))
        self.age_ic = wc([((a, b), w) for a, b, w in AGE_BINS])
        self.fam_ic = wc(FAMILY)
        self.mid_ic = {("M", 0): wc(MID_M_OLD), ("M", 1): wc(MID_M_YOUNG),
                       ("F", 0): wc(MID_F_OLD), ("F", 1): wc(MID_F_YOUNG)}
        self.foreign_ic = wc(FOREIGN_W)
        self.foreign_res_ic = wc(FOREIGN_RES)
        self.name_style_ic = {k: wc(list(enumerate(v))) for k, v in NAME_STYLE.items()}
        # device type allocation codes (TAC)
        self.tac_phone = wc([(self._tac(), 1.0 / (i + 3) ** 0.9) for i in range(420)])
        self.tac_cheap = [self._tac("35") for _ in range(30)]
        self.tac_tablet = [self._tac() for _ in range(25)]
        self.tac_router = [self._tac("86") for _ in range(20)]
        self.tac_module = [self._tac("86") for _ in range(12)]
        self.tac_gateway = [self._tac("86") for _ in range(6)]
        # cloned IMEIs found in cheap handsets (many unrelated owners)
        self.cloned_imeis = [self.new_imei(r.choice(self.tac_cheap)) for _ in range(6)]
        # stock face images used by fraudulent dealers (photos, flowers)
        self.stock_faces = [r.getrandbits(64) for _ in range(60)]
        self.flower_faces = [r.getrandbits(64) for _ in range(4)]
        # online SIM pools per carrier
        self.online_pool = [[[None, 1000] for _ in range(24)] for _ in range(NC)]
        self.build_agents()
        self.corrupt = []

    # ---------------------------------------------------------------- basics
    def _tac(self, lead=None):
        r = self.r
        if lead is None:
            lead = "35" if r.random() < 0.55 else "86"
        return lead + "%06d" % r.randrange(1000000)

    def new_imei(self, tac=None):
        r = self.r
        if tac is None:
            items, cum = self.tac_phone
            tac = items[bisect.bisect(cum, r.random() * cum[-1])]
        while True:
            body = tac + "%06d" % r.randrange(1000000)
            v = int(body)
            if v not in self.used_imei:
                self.used_imei.add(v)
                return body + luhn_digit(body)

    def imei_run(self, tac, n):
        r = self.r
        s = r.randrange(1000000 - n - 50)
        out = []
        while len(out) < n:
            body = tac + "%06d" % s
            s += 1
            v = int(body)
            if v in self.used_imei:
                continue
            self.used_imei.add(v)
            out.append(body + luhn_digit(body))
        return out

    def pick(self, ic):
        items, cum = ic
        return items[bisect.bisect(cum, self.r.random() * cum[-1])]

    def fmt_t(self, t, utc=False):
        if utc:
            t -= 25200
        d, s = divmod(t, 86400)
        ds = self.dcache.get(d)
        if ds is None:
            ds = datetime.date.fromordinal(d + 719163).isoformat()
            self.dcache[d] = ds
        h, s = divmod(s, 3600)
        m, s = divmod(s, 60)
        return "%sT%02d:%02d:%02d%s" % (ds, h, m, s, "+00:00" if utc else "+07:00")

    def t_rand(self, hours="shop", lo=None, hi=None):
        """Random instant in window (or in [lo, hi] days) with an hour profile."""
        r = self.r
        if lo is None:
            d = self.days[bisect.bisect(self.dcum, r.random() * self.dcum[-1])]
        else:
            d = r.randint(lo, hi)
        hc = self.hcum[hours]
        h = bisect.bisect(hc, r.random() * hc[-1])
        return d * 86400 + h * 3600 + r.randrange(3600)

    def t_hist(self, ymin, ymax_t=None):
        """Instant of an earlier registration (history), shop hours."""
        r = self.r
        lo = date_days("%d-01-01" % ymin)
        hi = (ymax_t if ymax_t is not None else self.t_start) // 86400 - 20
        if hi <= lo:
            hi = lo + 30
        d = r.randint(lo, hi)
        hc = self.hcum["shop"]
        h = bisect.bisect(hc, r.random() * hc[-1])
        return d * 86400 + h * 3600 + r.randrange(3600)

    def cap_face(self, face, kmin=0):
        r = self.r
        k = bisect.bisect(K_FLIP, r.random() * K_FLIP[-1])
        if k < kmin:
            k = kmin
        h = face
        for _ in range(k):
            h ^= 1 << r.randrange(64)
        return "%016x" % h

    def fm_genuine(self, age):
        r = self.r
        if age >= 65:
            x = r.gauss(0.76, 0.08)
        else:
            x = r.gauss(0.905, 0.045)
        return "%.3f" % min(0.995, max(0.45, x))

    def fm_other(self, lo=0.05, hi=0.55):
        r = self.r
        return "%.3f" % r.uniform(lo, hi)

    def carrier_for(self, prov):
        return self.pick(self.region_carrier[PREGION.get(prov, "RRD")])

    def pick_res(self):
        return self.pick(self.res_ic)

    def birth_prov(self, res):
        r = self.r
        if r.random() >= MIGRANT_SHARE.get(res, 0.06):
            return res
        return self.pick(self.migrant_origin(res))

    def migrant_origin(self, dest):
        ic = self.mig_ic.get(dest)
        if ic is None:
            reg = PREGION[dest]
            if reg in ("SE", "MK"):
                mult = {"MK": 3.0, "NC": 2.5, "SCC": 2.0, "CH": 1.0, "RRD": 1.0, "NW": 0.6,
                        "SE": 0.8}
            elif reg in ("RRD", "NW"):
                mult = {"NW": 2.0, "RRD": 1.5, "NC": 2.5, "SCC": 0.3, "CH": 0.3, "SE": 0.2,
                        "MK": 0.2}
            else:
                mult = {"SCC": 2.0, "NC": 2.0, "CH": 1.5, "RRD": 0.6, "NW": 0.5, "SE": 0.4,
                        "MK": 0.4}
            ic = wc([(p, PPOP[p] * mult[PREGION[p]]) for p in PCODES if p != dest])
            self.mig_ic[dest] = ic
        return ic

    # ---------------------------------------------------------------- people
    def gen_name(self, g, by, prov, fam=None):
        r = self.r
        es = ETH_SHARE.get(prov, 0.0)
        if fam is None and es and r.random() < es:
            if prov in ("084", "094", "089", "091", "095"):
                f = r.choice(KHMER_FAM)
                giv = r.choice(KHMER_GIV)
                if g == "F" and r.random() < 0.6:
                    return f + " Thị " + giv, f
                return f + " " + giv, f
            k = r.random()
            if k < 0.4:
                f = r.choice(HMONG_FAM)
                return (f + (" A " if g == "M" else " Thị ")
                        + r.choice(HMONG_M if g == "M" else HMONG_F)), f
            if k < 0.7:
                f = r.choice(THAI_FAM)
                return (f + (" Văn " if g == "M" else " Thị ") + r.choice(THAI_GIV)), f
            f = r.choice(TAY_FAM)
        else:
            f = fam if fam is not None else self.pick(self.fam_ic)
            if fam is None and PREGION.get(prov) in SOUTH:
                if f == "Hoàng" and r.random() < 0.7:
                    f = "Huỳnh"
                elif f == "Vũ" and r.random() < 0.7:
                    f = "Võ"
        young = 1 if by >= 1985 else 0
        if by >= 1990 and r.random() < 0.3:          # compound given name
            comp = r.choice(GIV2_M if g == "M" else GIV2_F)
            x = r.random()
            if g == "F" and x < 0.25:
                return f + " Thị " + comp, f
            if g == "M" and x < 0.1:
                return f + " Văn " + comp, f
            return f + " " + comp, f
        mid = self.pick(self.mid_ic[(g, young)])
        giv = r.choice(GIV_M if g == "M" else GIV_F)
        while giv == mid:
            giv = r.choice(GIV_M if g == "M" else GIV_F)
        if r.random() < 0.03:
            return f + " " + giv, f            # no middle name
        return f + " " + mid + " " + giv, f

    def new_cccd(self, ppp, by, g):
        r = self.r
        gd = (by - 1900) // 100 * 2 + (1 if g == "F" else 0)
        while True:
            idn = "%s%d%02d%06d" % (ppp, gd, by % 100, r.randrange(1000000))
            if idn not in self.used_ids:
                self.used_ids.add(idn)
                return idn

    def new_cmnd(self, prov, twelve=False):
        r = self.r
        while True:
            if twelve:
                idn = "%s%d%02d%06d" % (prov, r.randint(0, 1), r.randint(50, 99),
                                        r.randrange(1000000))
            else:
                p = CMND_PFX.get(prov, "01")
                if p == "280" and self.r.random() < 0.5:
                    p = "281"
                idn = p + "%0*d" % (9 - len(p), r.randrange(10 ** (9 - len(p))))
            if idn not in self.used_ids:
                self.used_ids.add(idn)
                return idn

    def dob_for(self, by):
        r = self.r
        if by < 1960 and r.random() < 0.25:
            return "%d-01-01" % by
        m = r.randrange(12)
        d = r.randint(1, MDAYS[m])
        return "%d-%02d-%02d" % (by, m + 1, d)

    def new_person(self, res=None, age=None, g=None, fam=None, born=None, amin=None,
                   amax=None, pool=True):
        r = self.r
        if res is None:
            res = self.pick_res()
        if g is None:
            g = "M" if r.random() < 0.505 else "F"
        if age is None:
            if amin is not None:
                age = r.randint(amin, amax)
            else:
                a, b = self.pick(self.age_ic)
                age = r.randint(a, b)
        by = self.ref_year - age - (1 if age < 18 else 0)
        if born is None:
            born = self.birth_prov(res)
        p = Person()
        p.name, p.fam = self.gen_name(g, by, born, fam)
        p.g = g
        p.by = by
        p.dob = self.dob_for(by)
        p.born = born
        p.res = res
        p.cmnd = None
        cm = self.sc["cmnd"]
        if cm and age >= 28 and r.random() < cm:
            p.idt = "CMND"
            p.idn = self.new_cmnd(res, twelve=r.random() < 0.1)
        else:
            p.idt = "CCCD"
            p.idn = self.new_cccd(born, by, g)
        p.face = r.getrandbits(64)
        p.phone = self.new_imei()
        if pool:
            self.pool_seen += 1
            if len(self.pool) < 300000:
                self.pool.append(p)
            else:
                j = r.randrange(self.pool_seen)
                if j < 300000:
                    self.pool[j] = p
        return p

    def leaked_person(self, res=None, amin=18, amax=75):
        """A real person whose documents leaked: sometimes also a customer here."""
        r = self.r
        if self.pool and r.random() < 0.45:
            for _ in range(4):
                p = r.choice(self.pool)
                if res is None or p.res == res:
                    if p.idt == "CCCD" or self.sc["cmnd"]:
                        return p
        return self.new_person(res=res, amin=amin, amax=amax, pool=False)

    def fab_person(self, b, prov):
        """A fabricated identity: no real person behind it."""
        r = self.r
        g = "M" if r.random() < 0.6 else "F"
        age = r.randint(18, 60)
        by = self.ref_year - age
        p = Person()
        if r.random() < 0.15 * b:
            p.name = r.choice(TEMPLATE_NAMES)
            p.fam = p.name.split()[0]
        else:
            p.name, p.fam = self.gen_name(g, by, prov)
        p.g = g
        p.res = prov
        p.cmnd = None
        p.idt = "CCCD"
        ppp = prov if r.random() < 0.7 else r.choice(PCODES)
        gg, yb = g, by
        flaws = r.random() < b * 0.8
        if flaws:
            k = r.random()
            if k < 0.25:
                ppp = r.choice(["003", "013", "099", "100", "000", "065", "097", "078"])
            elif k < 0.5:
                gg = "F" if g == "M" else "M"           # gender digit wrong
            elif k < 0.75:
                yb = by + r.choice([-7, -3, -1, 2, 5, 11])  # YY does not match DOB
            else:
                by = r.choice([self.ref_year - r.randint(111, 125),
                               self.ref_year - r.randint(3, 12), self.ref_year + 1])
                yb = by
        p.by = by
        p.dob = self.dob_for(by)
        if flaws and r.random() < 0.3:
            p.dob = "%d-01-01" % by
        while True:
            gd = (yb - 1900) // 100 * 2 + (1 if gg == "F" else 0)
            if flaws and r.random() < 0.25:
                tail = r.choice(["000000", "111111", "123456", "999999", "000001",
                                 "%06d" % (r.randrange(100) * 10101)])
            else:
                tail = "%06d" % r.randrange(1000000)
            idn = "%s%d%02d%s" % (ppp, max(0, gd), yb % 100, tail)
            if idn not in self.used_ids:
                self.used_ids.add(idn)
                break
        p.idn = idn
        p.born = ppp
        p.face = r.getrandbits(64)
        p.phone = ""
        return p

    def age_at(self, p, t):
        return self.ref_year - p.by if t is None else (t // 31557600 + 1970) - p.by

    # ---------------------------------------------------------------- agents
    def build_agents(self):
        r = self.r
        total = int(min(30000, max(160, self.N / 45)))
        cw = [c[1] ** 0.8 for c in CARRIERS]
        tw = sum(cw)
        self.agents = []
        self.by_key = {}
        shops = {}
        pw = self.prov_w
        provs = PCODES
        for ci, c in enumerate(CARRIERS):
            n = max(4, int(round(total * cw[ci] / tw)))
            big = ci <= C_MBF
            if big:
                alloc = [(p, "STORE") for p in provs]
                extra = max(0, n - len(alloc))
                pic = wc([(p, pw[p] ** 0.95) for p in provs])
                for _ in range(extra):
                    alloc.append((self.pick(pic), "STORE" if r.random() < 0.08 else "AGENT"))
            else:
                pic = wc([(p, pw[p] ** 1.6) for p in provs])
                alloc = [(self.pick(pic), "STORE" if r.random() < 0.15 else "AGENT")
                         for _ in range(n)]
            cnt = {}
            for prov, kind in alloc:
                k = cnt.get((prov, kind), 0) + 1
                cnt[(prov, kind)] = k
                if kind == "STORE":
                    aid = "%s-CH%s-%03d" % (c[4], prov, k)
                    w = min(400.0, r.paretovariate(1.3)) * 3.0
                    devs = [self.new_imei(r.choice(self.tac_tablet))
                            for _ in range(r.randint(2, 5))]
                else:
                    aid = "%s-DL%s-%05d" % (c[4], prov, k * 7 + r.randrange(7))
                    w = min(400.0, r.paretovariate(1.15))
                    lst = shops.get(prov)
                    if lst and r.random() < 0.3:
                        devs = r.choice(lst)     # multi-brand dealer: shared devices
                    else:
                        devs = [self.new_imei(r.choice(self.tac_tablet) if r.random() < 0.5
                                              else None) for _ in range(r.randint(1, 3))]
                        shops.setdefault(prov, []).append(devs)
                ag = [aid, ci, prov, kind, w, devs, None, 0, None]
                self.agents.append(ag)
                self.by_key.setdefault((ci, prov, kind), []).append(ag)
                self.by_key.setdefault((ci, None, kind), []).append(ag)
        self.agent_ic = {k: (v, list(accumulate(a[4] for a in v)))
                         for k, v in self.by_key.items()}
        srt = sorted(self.agents, key=lambda a: -a[4])
        nb = max(3, len(srt) // 100)
        ctxs = ["university", "industrial", "transport", "market"]
        self.busy = []
        for a in srt[:nb]:
            if a[3] == "AGENT" or r.random() < 0.5:
                a[8] = ctxs[r.randrange(4)] if a[2] not in INDUSTRIAL else (
                    "industrial" if r.random() < 0.6 else ctxs[r.randrange(4)])
                self.busy.append(a)
        if not self.busy:
            self.busy = srt[:3]
            for a in self.busy:
                a[8] = "market"

    def pick_agent(self, ci, prov, kind="AGENT"):
        r = self.r
        ic = self.agent_ic.get((ci, prov, kind))
        if ic is None or (kind == "AGENT" and r.random() < 0.02):
            ic = self.agent_ic.get((ci, None, kind))
            if ic is None:
                ic = self.agent_ic.get((ci, None, "STORE" if kind == "AGENT" else "AGENT"))
        items, cum = ic
        return items[bisect.bisect(cum, r.random() * cum[-1])]

    def corrupt_agent(self, ci=None, prov=None):
        r = self.r
        if self.corrupt and r.random() < self.sc["reuse"]:
            cand = [a for a in self.corrupt if (ci is None or a[1] == ci)
                    and (prov is None or a[2] == prov)]
            if cand:
                return r.choice(cand)
        if ci is None:
            ci = self.pick(self.carrier_ic)
        if prov is None:
            prov = self.pick_res()
        lst = self.by_key.get((ci, prov, "AGENT")) or self.by_key.get((ci, None, "AGENT")) \
            or self.by_key.get((ci, None, "STORE"))
        a = r.choice(lst)
        self.corrupt.append(a)
        return a

    # ---------------------------------------------------------------- SIMs
    def _sim(self, iss, block, off):
        block += int(iss) * 7777777             # issuers draw from disjoint streams
        a = 1000003 * block + 98765
        ln = ICCID_LEN.get(iss, 19)
        mod = 10 ** (ln - 10)           # block space so that account = ln-7 digits
        acct = (a * 7919 + 13) % mod * 1000 + off
        body = "8984" + iss + "%0*d" % (ln - 7, acct)
        iccid = body + luhn_digit(body)
        msin = ((block * 104729 + 4321) % 10000000) * 1000 + off
        return iccid, "452" + iss + "%010d" % msin

    def new_block(self, iss):
        b = self.blocks.get(iss, 0)
        self.blocks[iss] = b + 1
        return b

    def take_sim(self, ag, gap=True):
        """Next SIM kit from an agent's stock (sequential, with sales gaps)."""
        r = self.r
        iss = CARRIERS[ag[1]][2]
        if ag[6] is None or ag[7] >= 1000:
            ag[6] = self.new_block(iss)
            ag[7] = r.randrange(3) if ag[6] else 0
        off = ag[7]
        ag[7] = off + (1 if (not gap or r.random() < 0.7) else r.randint(2, 5))
        return self._sim(iss, ag[6], off)

    def take_online(self, ci):
        r = self.r
        iss = CARRIERS[ci][2]
        slot = self.online_pool[ci][r.randrange(24)]
        if slot[0] is None or slot[1] >= 1000:
            slot[0] = self.new_block(iss)
            slot[1] = r.randrange(20)
        off = slot[1]
        slot[1] = off + r.randint(1, 40)
        return self._sim(iss, slot[0], off)

    def sim_run(self, ci, n):
        iss = CARRIERS[ci][2]
        out = []
        while len(out) < n:
            b = self.new_block(iss)
            for off in range(min(1000, n - len(out))):
                out.append(self._sim(iss, b, off))
        return out

    def new_msisdn(self, ci, ported=0.015):
        r = self.r
        if r.random() < ported:
            ci = r.choice([0, 1, 2, 3])
        items, cum = self.pfx_ic[ci]
        while True:
            pf = items[bisect.bisect(cum, r.random() * cum[-1])]
            n = int(pf + "%0*d" % (9 - len(pf), r.randrange(10 ** (9 - len(pf)))))
            if n not in self.used_msisdn:
                self.used_msisdn.add(n)
                return n

    def msisdn_run(self, ci, n):
        r = self.r
        items, cum = self.pfx_ic[ci]
        pf = items[bisect.bisect(cum, r.random() * cum[-1])]
        span = 10 ** (9 - len(pf))
        s = r.randrange(span - n * 2 - 10)
        base = int(pf) * span
        out = []
        while len(out) < n:
            v = base + s
            s += 1
            if v in self.used_msisdn:
                continue
            self.used_msisdn.add(v)
            out.append(v)
        return out

    # ---------------------------------------------------------------- policy
    def selfie_present(self, t, ch):
        r = self.r
        if t >= T_C08:
            return True
        if t < T_AUG2022:
            return r.random() < (0.6 if ch in ("EKYC_APP", "ONLINE") else 0.05)
        if ch in ("EKYC_APP", "ONLINE"):
            return True
        if t < T_JAN2025:
            return r.random() < (0.55 if ch == "AGENT" else 0.8)
        return r.random() < (0.8 if ch == "AGENT" else 0.95)

    def popdb_legit(self, t):
        x = self.r.random()
        if t < T_AUG2022:
            return "UNCHECKED" if x < 0.75 else "MATCH"
        if x < 0.95:
            return "MATCH"
        if x < 0.985:
            return "UNCHECKED"
        if x < 0.996:
            return "MISMATCH"
        return "NOT_FOUND"

    # ---------------------------------------------------------------- usage
    def usage(self, prof, t, ci, b=0.5):
        if self.t_export - t < 30 * 86400 or t < self.t_usage_from or \
                ci in NO_USAGE_CARRIERS:
            return EMPTY_USAGE
        r = self.r
        ln = r.lognormvariate
        if prof == "normal" or prof == "student" or prof == "resold":
            act = max(1, 30 - int(r.expovariate(0.22)))
            oc = int(ln(3.7, 0.85))
            ic = int(ln(3.6, 0.8))
            osm = int(ln(1.0, 1.1))
            ism = int(ln(2.6, 0.7))
            data = int(ln(7.7, 1.0))
            if prof == "student":
                oc //= 3
                ic //= 2
                data = int(data * 2.2)
            elif prof == "resold":
                act = r.randint(0, 22)
                f = act / 30.0
                oc, ic, osm, ism, data = (int(oc * f), int(ic * f), int(osm * f),
                                          int(ism * f), int(data * f))
            dc = min(oc + osm, int((oc + osm) * r.uniform(0.15, 0.55)) + (1 if oc else 0))
            top = self.pick(TOPUP_NORMAL)
        elif prof == "light" or prof == "elderly":
            act = r.randint(3, 30)
            oc = int(ln(2.2, 0.9))
            ic = int(ln(2.9, 0.8))
            osm = r.randint(0, 3)
            ism = int(ln(1.8, 0.7))
            data = 0 if (prof == "elderly" and r.random() < 0.7) else int(ln(5.0, 1.5))
            dc = min(oc + osm, int(oc * r.uniform(0.2, 0.5)) + (1 if oc else 0))
            top = self.pick(TOPUP_LIGHT)
        elif prof == "data_only":
            act = r.randint(8, 30)
            oc, ic, osm = 0, r.randint(0, 1), 0
            ism = r.randint(1, 8)
            dc = 0
            data = int(ln(9.3, 0.9))
            top = r.choice([0, 70000, 90000, 120000, 150000, 200000])
        elif prof == "backup":
            act = r.randint(0, 6)
            oc = r.randint(0, 3) if act else 0
            ic = r.randint(0, 5) if act else 0
            osm = 0
            ism = r.randint(1, 6)
            dc = min(oc, r.randint(0, 2))
            data = r.randint(0, 50) if act else 0
            top = 0 if r.random() < 0.85 else 10000
        elif prof == "iot":
            act = r.randint(27, 30)
            oc = ic = 0
            osm = r.randint(0, 30)
            ism = r.randint(0, 10)
            dc = min(osm, r.randint(0, 2))
            data = int(ln(3.5, 1.0))
            top = 0
        elif prof == "fleet":
            act = r.randint(24, 30)
            oc = r.randint(0, 25)
            ic = r.randint(0, 25)
            osm = r.randint(0, 40)
            ism = r.randint(0, 20)
            dc = min(oc + osm, r.randint(0, 6))
            data = int(ln(5.5, 0.7))
            top = 0
        elif prof == "callcentre":
            act = r.randint(20, 26)
            oc = int(ln(6.7, 0.45))
            ic = int(ln(4.0, 0.6))
            osm = r.randint(0, 20)
            ism = r.randint(0, 15)
            dc = int(oc * r.uniform(0.7, 0.95))
            data = r.randint(0, 200)
            top = 0
        elif prof == "dormant":
            return "0,0,0,0,0,0,0,0"
        elif prof == "activation":
            act, oc, ic, osm, ism, dc, top, data = 1, 1, 0, 0, r.randint(1, 3), 1, 0, 0
        elif prof == "otp_farm":
            act = r.randint(int(lerp(10, 24, b)), 30)
            oc = r.randint(0, int(lerp(8, 1, b)))
            ic = r.randint(0, int(lerp(10, 2, b)))
            osm = r.randint(0, 3)
            ism = int(lerp(12, 150, b) * ln(0, 0.5))
            dc = min(oc + osm, r.randint(0, 2))
            data = r.randint(0, int(lerp(300, 5, b)))
            top = 0 if r.random() < 0.7 else 10000
        elif prof == "simbox":
            act = r.randint(int(lerp(15, 25, b)), 30)
            oc = int(lerp(90, 1600, b) * ln(0, 0.4))
            ic = r.randint(0, int(lerp(40, 3, b)))
            osm = 0 if r.random() < b else r.randint(0, 10)
            ism = r.randint(0, 10)
            dc = int(oc * r.uniform(lerp(0.5, 0.85, b), lerp(0.8, 0.99, b)))
            data = 0 if r.random() < b else r.randint(0, 50)
            top = r.choice([100000, 200000, 500000, 1000000, 2000000, 3000000]) \
                if r.random() < 0.7 else 0
        elif prof == "scam_calls":
            act = r.randint(2, int(lerp(30, 12, b)))
            oc = int(lerp(40, 350, b) * ln(0, 0.5))
            ic = r.randint(0, int(lerp(30, 8, b)))
            osm = r.randint(0, 30)
            ism = r.randint(0, 12)
            dc = int((oc + osm) * r.uniform(lerp(0.45, 0.8, b), lerp(0.75, 0.97, b)))
            data = r.randint(0, 600)
            top = r.choice([50000, 100000, 200000, 500000])
        elif prof == "spam_sms":
            act = r.randint(3, 30)
            osm = int(lerp(80, 2500, b) * ln(0, 0.5))
            oc = r.randint(0, 10)
            ic = r.randint(0, 10)
            ism = r.randint(0, 20)
            dc = int(osm * r.uniform(0.7, 0.98))
            data = r.randint(0, 100)
            top = r.choice([100000, 200000, 500000])
        elif prof == "mule_otp":
            act = r.randint(4, 30)
            oc = r.randint(0, 15)
            ic = r.randint(0, 12)
            osm = r.randint(0, 6)
            ism = int(lerp(8, 60, b) * ln(0, 0.5))
            dc = min(oc + osm, r.randint(0, 6))
            data = int(ln(5.5, 1.2))
            top = r.choice([0, 0, 20000, 50000])
        elif prof == "tourist":
            act = r.randint(4, 21)
            oc = r.randint(0, 25)
            ic = r.randint(0, 20)
            osm = r.randint(0, 5)
            ism = r.randint(2, 15)
            dc = min(oc + osm, r.randint(0, 10))
            data = int(ln(8.3, 0.8))
            top = r.choice([0, 0, 100000, 200000])
        else:
            raise ValueError(prof)
        if act == 0:
            oc = ic = osm = ism = dc = data = 0
        out = "%d,%d,%d,%d,%d,%d,%d,%d" % (act, oc, ic, osm, ism, dc, top, data)
        if r.random() < 0.01:                       # partially unknown feed
            parts = out.split(",")
            parts[r.choice((6, 7))] = ""
            out = ",".join(parts)
        return out

    # ---------------------------------------------------------------- emit
    def emit(self, ci, num, sim, subtype, idt, idn, name, dob, gender, nat, prov, t, ch,
             agent_id, dev, selfie, fm, popdb, status, first_use, usage, lab,
             style=None):
        r = self.r
        if style is None:
            style = self.pick(self.name_style_ic[ci if ci < 4 else (4 if ci < 8 else 5)])
        if style:
            if style == 1:
                name = name.upper()
            elif style == 2:
                name = name.translate(ASCII_T)
            elif style == 3:
                name = name.translate(ASCII_T).upper()
            else:
                name = unicodedata.normalize("NFD", name)
        if '"' in name or "," in name:
            name = '"' + name.replace('"', '""') + '"'
        fp = MSISDN_FMT.get(ci, (0.85, 0.1, 0.05))
        x = r.random()
        ms = ("0%d" % num) if x < fp[0] else (("84%d" % num) if x < fp[0] + fp[1]
                                              else ("+84%d" % num))
        line = ",".join((C_OUTCODE.get(ci, CCODE[ci]), ms, sim[1], sim[0], subtype, idt,
                         idn, name, dob, gender, nat, prov,
                         self.fmt_t(t, ci in UTC_CARRIERS), ch, agent_id, dev, selfie, fm,
                         popdb, status, first_use, usage))
        self.rows.append((t, len(self.rows), line))
        key = (ci, num)
        if key not in self.labels:
            self.labels[key] = lab

    def reg(self, p, ci, t, ch, ag, lab, *, sim=None, num=None, prof="normal", b=0.5,
            selfie="auto", fm=None, popdb=None, status=None, first_use=None, dev=None,
            prov=None, style=None, idt=None, idn=None, name=None, dob=None, gender=None,
            face=None):
        """Register one individual subscription (one batch row)."""
        r = self.r
        if sim is None:
            sim = self.take_sim(ag) if ag is not None else self.take_online(ci)
        if ag is not None and ag[1] != ci:
            raise AssertionError("agent of another carrier")
        self.last_sim = sim
        if num is None:
            num = self.new_msisdn(ci)
        if dev is None:
            dev = ag[5][r.randrange(len(ag[5]))] if ag is not None else p.phone
        if selfie == "auto":
            if self.selfie_present(t, ch):
                selfie = self.cap_face(p.face if face is None else face)
                if fm is None:
                    fm = self.fm_genuine(self.age_at(p, t))
            else:
                selfie = ""
                fm = ""
        elif not selfie:
            selfie, fm = "", ""
        if fm is None:
            fm = ""
        if popdb is None:
            popdb = self.popdb_legit(t)
        if status is None:
            status = self.pick(STATUS_LEGIT)
        if first_use is None:
            first_use = p.phone
        if prov is None:
            prov = p.res if r.random() > 0.02 else ""
        nat = "VN" if (ci == 0 or r.random() < 0.8) else ""
        g = p.g if gender is None else gender
        if r.random() < 0.015:
            g = ""
        self.emit(ci, num, sim, "INDIVIDUAL" if r.random() < 0.9 else "", idt or p.idt,
                  idn or p.idn, name or p.name, p.dob if dob is None else dob, g, nat, prov,
                  t, ch, ag[0] if ag is not None else "", dev, selfie, fm, popdb, status,
                  first_use, self.usage(prof, t, ci, b), lab, style)
        return num

    # ---------------------------------------------------------------- legit episodes
    def channel_agent(self, ci, prov, ch=None):
        if ch is None:
            ch = self.pick(self.chan_ic)
        if ch == "AGENT":
            return ch, self.pick_agent(ci, prov, "AGENT")
        if ch == "STORE":
            return ch, self.pick_agent(ci, prov, "STORE")
        return ch, None

    def hours_for(self, ch):
        return "app" if ch in ("EKYC_APP", "ONLINE") else "shop"

    def ep_ordinary(self, cap, lab="legit_ordinary"):
        r = self.r
        p = self.new_person()
        ci = self.carrier_for(p.res)
        prov = p.res if r.random() < 0.95 else self.pick_res()
        ch, ag = self.channel_agent(ci, prov)
        t = self.t_rand(self.hours_for(ch))
        age = self.ref_year - p.by
        prof = "student" if age < 23 and r.random() < 0.6 else (
            "elderly" if age > 68 else ("light" if r.random() < 0.15 else "normal"))
        self.reg(p, ci, t, ch, ag, (0, 0, lab), prof=prof)
        return 1

    def ep_multi_sim(self, cap):
        r = self.r
        p = self.new_person(amin=22, amax=60)
        k = min(cap, r.choice([2, 2, 3, 3, 3, 4, 4, 5, 6, 7, 9]))
        cis = [self.carrier_for(p.res)]
        for _ in range(r.randint(0, 2)):
            cis.append(self.pick(self.carrier_ic))
        per = {}
        dual2 = None
        for i in range(k):
            ci = cis[0] if i == 0 or r.random() < 0.5 else r.choice(cis)
            n = per.get(ci, 0) + 1
            per[ci] = n
            if n >= 4:                               # 4th+ number: in person
                ch = "STORE" if r.random() < 0.6 else "AGENT"
                _, ag = self.channel_agent(ci, p.res, ch)
            else:
                ch, ag = self.channel_agent(ci, p.res)
            t = self.t_rand(self.hours_for(ch))
            fu = p.phone
            prof = "normal"
            if i == 1:
                if dual2 is None:                    # second slot of a dual-SIM phone
                    dual2 = self.new_imei(p.phone[:8])
                fu = dual2
                prof = "light"
            elif i >= 2:
                prof = r.choice(["data_only", "backup", "light", "normal"])
                fu = self.new_imei(r.choice(self.tac_router)) if prof == "data_only" else (
                    "" if prof == "backup" and r.random() < 0.3 else self.new_imei())
            self.reg(p, ci, t, ch, ag, (0, 0, "legit_multi_sim"), prof=prof, first_use=fu,
                     dev=p.phone if ag is None else None)
        return k

    def ep_secondary(self, cap, kind):
        """Data-only or backup SIM of a person (primary SIM sometimes in batch)."""
        r = self.r
        p = self.new_person(amin=20, amax=65)
        n = 0
        ci0 = self.carrier_for(p.res)
        if cap >= 2 and r.random() < 0.4:
            ch, ag = self.channel_agent(ci0, p.res)
            self.reg(p, ci0, self.t_rand(self.hours_for(ch)), ch, ag, (0, 0, "legit_ordinary"))
            n += 1
        k = 1 if (kind == "backup" or r.random() < 0.8) else 2
        for _ in range(min(k, cap - n)):
            ci = ci0 if r.random() < 0.5 else self.pick(self.carrier_ic)
            ch, ag = self.channel_agent(ci, p.res)
            if kind == "data_only":
                fu = self.new_imei(r.choice(self.tac_router))
                self.reg(p, ci, self.t_rand(self.hours_for(ch)), ch, ag,
                         (0, 0, "legit_data_only"), prof="data_only", first_use=fu)
            else:
                fu = "" if r.random() < 0.25 else self.new_imei(
                    r.choice(self.tac_cheap) if r.random() < 0.5 else None)
                self.reg(p, ci, self.t_rand(self.hours_for(ch)), ch, ag,
                         (0, 0, "legit_backup_sim"), prof="backup", first_use=fu,
                         status="ACTIVE" if r.random() < 0.9 else "TERMINATED")
            n += 1
        return n

    def ep_busy_shop(self, cap):
        r = self.r
        ag = r.choice(self.busy)
        ci = ag[1]
        ctx = ag[8]
        n = min(cap, max(8, int(r.lognormvariate(3.4, 0.6))))
        day = self.days[bisect.bisect(self.dcum, r.random() * self.dcum[-1])]
        t = day * 86400 + r.randint(7 * 3600 + 1800, 9 * 3600)
        lab = (0, 0, "legit_busy_shop")
        made = 0
        while made < n:
            if ctx == "university":
                p = self.new_person(res=ag[2] if r.random() < 0.4 else None, amin=18, amax=21)
            elif ctx == "industrial":
                p = self.new_person(res=ag[2] if r.random() < 0.6 else None, amin=18,
                                    amax=38)
                if p.born == p.res and r.random() < 0.5:
                    p.born = self.pick(self.migrant_origin(ag[2]))
                    p.idn = self.new_cccd(p.born, p.by, p.g)
            else:
                p = self.new_person(res=ag[2] if r.random() < 0.7 else None)
            prof = "student" if ctx == "university" else "normal"
            self.reg(p, ci, t, "AGENT" if ag[3] == "AGENT" else "STORE", ag, lab, prof=prof)
            made += 1
            if made < n and r.random() < 0.08:      # phone SIM + data SIM together
                t += r.randint(20, 90)
                self.reg(p, ci, t, "AGENT" if ag[3] == "AGENT" else "STORE", ag, lab,
                         prof="data_only", first_use=self.new_imei(r.choice(self.tac_router)))
                made += 1
            t += int(r.expovariate(1 / 260.0)) + 40
            if (t % 86400) > 21 * 3600:
                t = (t // 86400 + 1) * 86400 + 8 * 3600 + r.randrange(3600)
        return made

    def ep_family(self, cap):
        r = self.r
        if cap < 2:
            return 0
        res = self.pick_res()
        born = self.birth_prov(res)
        father_fam = self.pick(self.fam_ic)
        head_g = "M" if r.random() < 0.55 else "F"
        age = r.randint(32, 55)
        head = self.new_person(res=res, age=age, g=head_g,
                               fam=father_fam if head_g == "M" else None, born=born)
        members = []
        if r.random() < 0.8:
            members.append((self.new_person(res=res, age=max(20, age + r.randint(-6, 4)),
                                            g="F" if head_g == "M" else "M",
                                            fam=None if head_g == "M" else father_fam),
                            "normal"))
        for _ in range(r.randint(0, 3)):
            members.append((self.new_person(res=res, age=r.randint(14, max(15, age - 20)),
                                            fam=father_fam, born=born), "student"))
        if r.random() < 0.35:
            members.append((self.new_person(res=res, age=min(90, age + r.randint(22, 32)),
                                            g="M", fam=father_fam if head_g == "M" else None,
                                            born=born), "elderly"))
        if r.random() < 0.35:
            members.append((self.new_person(res=res, age=min(90, age + r.randint(20, 30)),
                                            g="F", born=born), "elderly"))
        if not members:
            members.append((self.new_person(res=res, age=r.randint(14, 19), fam=father_fam,
                                            born=born), "student"))
        if r.random() < 0.6:
            members.insert(0, (head, "normal"))
        members = members[:cap]
        ci = self.carrier_for(res)
        app = r.random() < 0.5
        if app:
            ch, ag = "EKYC_APP", None
            t = self.t_rand("app")
        else:
            ch = "STORE" if r.random() < 0.5 else "AGENT"
            _, ag = self.channel_agent(ci, res, ch)
            t = self.t_rand("shop")
        dev = head.phone if app else ag[5][r.randrange(len(ag[5]))]
        for p, prof in members:
            c, a = ci, ag
            if r.random() < 0.15:
                c = self.carrier_for(res)
                if ag is not None and c != ci:
                    a = self.pick_agent(c, res, ag[3])
            self.reg(p, c, t, ch, a, (0, 0, "legit_family"), prof=prof, dev=dev)
            t += r.randint(60, 520)
        return len(members)

    def ep_elderly(self, cap):
        r = self.r
        res = self.pick_res()
        child = self.new_person(res=res, amin=30, amax=55, pool=False)
        k = 2 if (cap >= 2 and r.random() < 0.4) else 1
        ci = self.carrier_for(res)
        app = r.random() < 0.5
        if app:
            ch, ag, t = "EKYC_APP", None, self.t_rand("app")
            dev = child.phone
        else:
            ch = "AGENT" if r.random() < 0.7 else "STORE"
            _, ag = self.channel_agent(ci, res, ch)
            t = self.t_rand("shop")
            dev = None
        for i in range(k):
            p = self.new_person(res=res, amin=68, amax=93, g=("M" if i == 0 else "F")
                                if k == 2 else None, fam=child.fam if i == 0 else None)
            fu = self.new_imei(r.choice(self.tac_cheap))
            popdb = "MISMATCH" if r.random() < 0.06 else None
            self.reg(p, ci, t, ch, ag, (0, 0, "legit_elderly_assisted"), prof="elderly",
                     dev=dev, first_use=fu, popdb=popdb)
            t += r.randint(90, 600)
        return k

    def ep_migrants(self, cap):
        r = self.r
        dest = r.choice(INDUSTRIAL) if not self.sc.get("res") else self.pick_res()
        origins = [self.pick(self.migrant_origin(dest)) for _ in range(r.randint(1, 2))]
        n = min(cap, r.randint(2, 12))
        ci = self.carrier_for(dest)
        ag = self.pick_agent(ci, dest, "AGENT")
        day = self.days[bisect.bisect(self.dcum, r.random() * self.dcum[-1])]
        t = day * 86400 + r.randint(8 * 3600, 19 * 3600)
        for _ in range(n):
            o = r.choice(origins)
            res = dest if r.random() < 0.6 else o
            p = self.new_person(res=res, born=o, amin=18, amax=40)
            c = ci if r.random() < 0.8 else self.carrier_for(dest)
            a = ag if c == ci else self.pick_agent(c, dest, "AGENT")
            self.reg(p, c, t, "AGENT", a, (0, 0, "legit_migrant_worker"),
                     prof="normal" if r.random() < 0.8 else "light")
            t += r.randint(60, 1500)
        return n

    def org_identity(self, kind, prov):
        r = self.r
        name = "%s %s %s" % (r.choice(ORG_FORMS), r.choice(ORG_TRADE[kind]),
                             r.choice(ORG_BRAND))
        x = r.random()
        if x < 0.08:
            name += ", Chi nhánh " + PNAME[prov]
        elif x < 0.11:
            name = '%s %s "%s"' % (r.choice(ORG_FORMS), r.choice(ORG_TRADE[kind]),
                                   r.choice(ORG_BRAND))
        if r.random() < 0.25:
            name = name.upper()
        tax = TAX_PFX.get(prov, "%02d" % r.randint(10, 60)) + "%08d" % r.randrange(10 ** 8)
        if r.random() < 0.1:
            tax += "-%03d" % r.randint(1, 20)
        while tax in self.used_ids:
            tax = tax[:-1] + str(r.randrange(10))
        self.used_ids.add(tax)
        return name, tax

    def ep_org(self, cap, kind):
        r = self.r
        prov = r.choice(INDUSTRIAL) if r.random() < 0.6 else self.pick_res()
        if self.sc.get("res") and r.random() < 0.8:
            prov = self.pick_res()
        ci = self.pick(self.carrier_ic)
        if ci > 3:
            ci = r.choice([0, 1, 2])
        size = {"iot": (3.2, 1.0), "fleet": (3.0, 0.8), "callcentre": (3.4, 0.7)}[kind]
        n = min(cap, max(12, int(r.lognormvariate(*size))), 900)
        name, tax = self.org_identity(kind, prov)
        rep = self.new_person(res=prov, amin=30, amax=60, pool=False)
        ag = self.pick_agent(ci, prov, "STORE")
        dev = ag[5][r.randrange(len(ag[5]))]
        lab = (0, 0, "legit_org_" + kind)
        sims = self.sim_run(ci, n)
        nums = self.msisdn_run(ci, n) if r.random() < 0.45 else None
        t = self.t_rand("office")
        selfie_mode = r.random()
        rep_sel = self.cap_face(rep.face)
        rep_fm = self.fm_genuine(40)
        popdb = "MATCH" if r.random() < 0.4 else "UNCHECKED"
        if kind == "iot":
            fus = self.imei_run(r.choice(self.tac_module), n)
            prof = "iot"
        elif kind == "fleet":
            fus = self.imei_run(r.choice(self.tac_module), n) if r.random() < 0.6 else \
                [self.new_imei() for _ in range(n)]
            prof = "fleet"
        else:
            fus = self.imei_run(r.choice(self.tac_gateway), n) if r.random() < 0.3 else \
                [self.new_imei() for _ in range(n)]
            prof = "callcentre"
        batches = 1 if r.random() < 0.6 else r.randint(2, 4)
        per = (n + batches - 1) // batches
        for i in range(n):
            if i and i % per == 0:
                t += r.randint(3, 40) * 86400 + r.randint(-3600, 3600)
                if t > self.t_end:
                    t = self.t_rand("office")
            if selfie_mode < 0.45:
                sel, fm = rep_sel, rep_fm
            elif selfie_mode < 0.7:
                sel, fm = self.cap_face(rep.face), self.fm_genuine(40)
            else:
                sel, fm = "", ""
            num = nums[i] if nums else self.new_msisdn(ci, 0.0)
            st = "ACTIVE" if r.random() < 0.985 else "TERMINATED"
            self.emit(ci, num, sims[i], "ORGANIZATION", "ORG", tax, name, "", "",
                      "VN" if r.random() < 0.9 else "", prov, t, "STORE", ag[0], dev, sel, fm,
                      popdb, st, fus[i], self.usage(prof, t, ci), lab, style=0)
            t += r.randint(2, 25)
        return n

    def ep_name_variant(self, cap):
        r = self.r
        if cap < 2:
            return 0
        p = self.new_person()
        k = min(cap, r.choice([2, 2, 3]))
        styles = r.sample([0, 1, 2, 3, 4], k) if r.random() < 0.9 else [0, 3, 3][:k]
        if 0 not in styles and r.random() < 0.7:
            styles[0] = 0
        ci = self.carrier_for(p.res)
        for i in range(k):
            c = ci if r.random() < 0.6 else self.pick(self.carrier_ic)
            ch, ag = self.channel_agent(c, p.res)
            self.reg(p, c, self.t_rand(self.hours_for(ch)), ch, ag,
                     (0, 0, "legit_name_variant"), style=styles[i],
                     prof="normal" if i == 0 else "light")
        return k

    def typo_name(self, name):
        r = self.r
        parts = name.split(" ")
        i = r.randrange(len(parts))
        w = parts[i]
        k = r.random()
        if k < 0.35:
            w = w.translate(ASCII_T)                  # lost diacritics in one word
            if w == parts[i]:
                w = w[:-1] + w[-1] * 2
        elif k < 0.6 and len(w) > 2:
            j = r.randrange(len(w) - 1)
            w = w[:j] + w[j + 1] + w[j] + w[j + 2:]    # transposition
        elif k < 0.8 and len(w) > 2:
            j = r.randrange(1, len(w))
            w = w[:j] + w[j + 1:]                     # dropped letter
        else:
            sw = {"ễ": "ế", "ầ": "ấ", "ư": "u", "ơ": "o", "ă": "a", "ị": "i", "ạ": "a",
                  "ồ": "ổ", "ú": "ù", "ý": "ỳ", "ũ": "ư", "ò": "ó"}
            w2 = "".join(sw.get(c, c) for c in w)
            w = w2 if w2 != w else w + "h"
        parts[i] = w
        return " ".join(parts)

    def ep_typo(self, cap):
        r = self.r
        p = self.new_person()
        ci = self.carrier_for(p.res)
        ch, ag = self.channel_agent(ci, p.res, "AGENT" if r.random() < 0.7 else "STORE")
        t = self.t_rand("shop")
        name, dob, idn, g = p.name, p.dob, p.idn, p.g
        k = r.random()
        if k < 0.4:
            name = self.typo_name(p.name)
        elif k < 0.65:
            y, m, d = p.dob.split("-")
            if int(d) <= 12 and d != m:
                dob = "%s-%s-%s" % (y, d, m)          # day / month swapped
            else:
                dob = "%d-%s-%s" % (int(y) + r.choice([-1, 1]), m, d)
        elif k < 0.9 and p.idt == "CCCD":
            j = r.choice([6, 7, 8, 9, 10, 11, 11, 4, 5])
            nd = str((int(idn[j]) + r.choice([1, 9, 3])) % 10)
            idn = idn[:j] + nd + idn[j + 1:]          # mistyped digit
            if j in (4, 5):
                self.used_ids.add(idn)
        else:
            g = "F" if p.g == "M" else "M"           # wrong gender box
        lab = (0, 0, "legit_clerical_typo")
        pop = "MISMATCH" if g == p.g else ("MATCH" if r.random() < 0.7 else "MISMATCH")
        if idn != p.idn and r.random() < 0.4:
            pop = "NOT_FOUND"
        if pop == "MISMATCH" and r.random() < 0.2:
            pop = "UNCHECKED"
        num = self.reg(p, ci, t, ch, ag, lab, name=name, dob=dob, idn=idn, gender=g,
                       popdb=pop, status="ACTIVE" if r.random() < 0.7 else "ONE_WAY_LOCKED")
        if cap >= 2 and r.random() < 0.45:            # later corrected at a store
            t2 = min(self.t_end, t + r.randint(1, 20) * 86400 + r.randint(0, 20000))
            _, st = self.channel_agent(ci, p.res, "STORE")
            self.reg(p, ci, t2, "STORE", st, lab, num=num, sim=self.last_sim, popdb="MATCH",
                     status="ACTIVE")
            return 2
        return 1

    def history_row(self, p, ci, num, t, lab, sim=None, idt=None, idn=None, status="ACTIVE",
                    style=None):
        r = self.r
        ch = "AGENT" if r.random() < 0.7 else "STORE"
        _, ag = self.channel_agent(ci, p.res, ch)
        if sim is None:
            sim = self.take_sim(ag)
        if idt is None and p.idt == "CCCD" and (t < T_2016 or (t < T_2021 and r.random() < 0.6)):
            idt, idn = "CMND", (p.cmnd or self.new_cmnd(p.res, twelve=r.random() < 0.1))
            p.cmnd = idn                     # registered on the old card at the time
        pop = self.popdb_legit(t) if t >= T_AUG2022 else (
            "UNCHECKED" if r.random() < 0.8 else "MATCH")
        self.reg(p, ci, t, ch, ag, lab, sim=sim, num=num, status=status, popdb=pop,
                 idt=idt, idn=idn, style=style)
        return sim

    def ep_replacement(self, cap):
        r = self.r
        if cap < 2:
            return 0
        p = self.new_person(amin=20, amax=75)
        ci = self.carrier_for(p.res)
        num = self.new_msisdn(ci)
        lab = (0, 0, "legit_sim_replacement")
        th = self.t_hist(2016)
        self.history_row(p, ci, num, th, lab)
        _, st = self.channel_agent(ci, p.res if r.random() < 0.9 else self.pick_res(), "STORE")
        t = self.t_rand("shop")
        fu = p.phone if r.random() < 0.5 else self.new_imei()
        self.reg(p, ci, t, "STORE", st, lab, num=num, first_use=fu,
                 prof="normal" if r.random() < 0.8 else "light")
        return 2

    def ep_transfer(self, cap, recycled=False):
        r = self.r
        if cap < 2:
            return 0
        a = self.new_person(amin=30, amax=80)
        ci = self.carrier_for(a.res)
        num = self.new_msisdn(ci)
        if recycled:
            lab = (0, 0, "legit_recycled_number")
            th = self.t_hist(2014, self.t_start - 200 * 86400)
            self.history_row(a, ci, num, th, lab, status="TERMINATED")
            b = self.new_person()
            ch, ag = self.channel_agent(ci, b.res)
            self.reg(b, ci, self.t_rand(self.hours_for(ch)), ch, ag, lab, num=num)
            return 2
        lab = (0, 0, "legit_ownership_transfer")
        th = self.t_hist(2012)
        sim = self.history_row(a, ci, num, th, lab)
        if r.random() < 0.6:
            b = self.new_person(res=a.res, fam=a.fam, amin=18, amax=max(19, self.ref_year -
                                                                         a.by - 18))
        else:
            b = self.new_person(res=a.res)
        _, st = self.channel_agent(ci, a.res, "STORE")
        self.reg(b, ci, self.t_rand("shop"), "STORE", st, lab, num=num,
                 sim=sim if r.random() < 0.6 else None)
        return 2

    def ep_restandardised(self, cap):
        r = self.r
        if cap < 2:
            return 0
        p = self.new_person(amin=25, amax=80)
        ci = self.carrier_for(p.res)
        num = self.new_msisdn(ci)
        lab = (0, 0, "legit_restandardised")
        th = self.t_hist(2013, min(self.t_start, T_JAN2025))
        if r.random() < 0.6:
            old_idt, old_idn = "CMND", self.new_cmnd(p.res, twelve=r.random() < 0.08)
        else:
            old_idt, old_idn = p.idt, p.idn
        sim = self.history_row(p, ci, num, th, lab, idt=old_idt, idn=old_idn,
                               style=3 if r.random() < 0.3 else None)
        ch = "EKYC_APP" if r.random() < 0.55 else "STORE"
        _, ag = self.channel_agent(ci, p.res, ch)
        t = self.t_rand(self.hours_for(ch))
        if self.sc["cmnd"] and p.idt == "CMND":
            p.idt, p.idn = "CCCD", self.new_cccd(p.born, p.by, p.g)
        self.reg(p, ci, t, ch, ag, lab, sim=sim, num=num, popdb="MATCH", status="ACTIVE")
        return 2

    def ep_reauth(self, cap):
        r = self.r
        if cap < 2:
            return 0
        p = self.new_person(amin=18, amax=75)
        ci = self.carrier_for(p.res)
        num = self.new_msisdn(ci)
        lab = (0, 0, "legit_device_change_reauth")
        th = self.t_hist(2018)
        sim = self.history_row(p, ci, num, th, lab)
        old_phone = p.phone
        newphone = self.new_imei()
        t = self.t_rand("app")
        if t < T_C08 and self.t_end >= T_C08 and r.random() < 0.7:
            t = self.t_rand("app", T_C08 // 86400, self.d1)
        self.reg(p, ci, t, "EKYC_APP", None, lab, sim=sim, num=num, dev=newphone,
                 first_use=old_phone, popdb="MATCH", status="ACTIVE")
        return 2

    def ep_old_sub(self, cap):
        r = self.r
        p = self.new_person(amin=25, amax=85)
        ci = self.carrier_for(p.res)
        th = self.t_hist(2015)
        x = r.random()
        idt, idn = None, None
        if x < 0.3 or th < T_2016:
            idt, idn = "CMND", self.new_cmnd(p.res)
        elif x < 0.35:
            idt, idn = "CMND", self.new_cmnd(p.born, twelve=True)
        ch = "AGENT" if r.random() < 0.75 else "STORE"
        _, ag = self.channel_agent(ci, p.res, ch)
        pop = "MATCH" if (th >= T_AUG2022 or r.random() < 0.6) else "UNCHECKED"
        self.reg(p, ci, th, ch, ag, (0, 0, "legit_old_subscription"), idt=idt, idn=idn,
                 popdb=pop, status="ACTIVE" if r.random() < 0.95 else "ONE_WAY_LOCKED",
                 style=3 if r.random() < 0.2 else None)
        return 1

    def ep_foreigner(self, cap, vn=False):
        r = self.r
        res = self.pick(self.foreign_res_ic)
        ci = self.pick(self.carrier_ic)
        if ci > 3:
            ci = C_VT
        _, ag = self.channel_agent(ci, res, "STORE")
        t = self.t_rand("shop")
        p = Person()
        p.res = res
        p.g = "M" if r.random() < 0.6 else "F"
        p.by = self.ref_year - r.randint(20, 65)
        p.dob = self.dob_for(p.by)
        p.face = r.getrandbits(64)
        p.phone = self.new_imei()
        p.cmnd = None
        if vn:
            p.name, p.fam = self.gen_name(p.g, p.by, res)
            p.idt = "PASSPORT"
            p.idn = r.choice("BCNPK") + "%07d" % r.randrange(10 ** 7)
            nat = "VN"
            prof = "normal"
            lab = (0, 0, "legit_vn_passport")
        else:
            nat = self.pick(self.foreign_ic)
            fams, givs, ff, fmt = FOREIGN[nat]
            f, gv = r.choice(fams), r.choice(givs)
            p.name = (f + " " + gv) if ff else (gv + " " + f)
            p.fam = f
            p.idt = "PASSPORT"
            if fmt == "9":
                p.idn = "%09d" % r.randrange(10 ** 9)
            elif fmt == "FR":
                p.idn = "%02d%s%05d" % (r.randrange(100), "".join(
                    r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)), r.randrange(10 ** 5))
            else:
                lead = fmt.rstrip("0123456789")
                nd = int(fmt[len(lead):])
                lead = "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") if c in "NAL" else c
                               for c in lead)
                p.idn = lead + "%0*d" % (nd, r.randrange(10 ** nd))
            prof = "tourist" if r.random() < 0.5 else "normal"
            lab = (0, 0, "legit_foreigner")
        self.used_ids.add(p.idn)
        num = self.new_msisdn(ci)
        self.emit(ci, num, self.take_sim(ag), "INDIVIDUAL", p.idt, p.idn, p.name, p.dob, p.g,
                  nat, res, t, "STORE", ag[0], ag[5][0], self.cap_face(p.face),
                  self.fm_genuine(40), "UNCHECKED" if not vn else "MATCH",
                  "ACTIVE" if r.random() < 0.9 else "TERMINATED", p.phone,
                  self.usage(prof, t, ci), lab, style=0 if vn else 1)
        return 1

    def ep_cheap_imei(self, cap):
        r = self.r
        p = self.new_person(amin=45, amax=88, res=r.choice(RURAL_NW_MK)
                            if r.random() < 0.6 else None)
        ci = self.carrier_for(p.res)
        _, ag = self.channel_agent(ci, p.res, "AGENT")
        self.reg(p, ci, self.t_rand("shop"), "AGENT", ag, (0, 0, "legit_shared_cheap_imei"),
                 prof="elderly", first_use=r.choice(self.cloned_imeis))
        return 1

    # ---------------------------------------------------------------- fraud helpers
    def blat(self):
        lo, hi = self.sc["blat"]
        return self.r.uniform(lo, hi)

    def fsize(self, lo, hi, b):
        r = self.r
        return max(1, int(lerp(lo, hi, b) * self.sc["size"] * r.lognormvariate(0, 0.45)))

    def schedule(self, n, b, fast=(10, 90), med=(150, 2400)):
        """Registration instants of a fraud campaign, sorted.

        Blatant campaigns (b -> 1) run a few long sessions within a couple of
        weeks, often at night, seconds apart; stealthy ones (b -> 0) drip one
        or two registrations per session at shop hours across the window."""
        r = self.r
        span = max(3, int(lerp(self.d1 - self.d0, 10, b)))
        c0 = r.randint(self.d0 - span + 1, self.d1)      # uniform over the window
        c1 = min(self.d1, c0 + span)
        c0 = max(self.d0, c0)
        out = []
        while len(out) < n:
            t = self.t_rand("night" if r.random() < 0.6 * b else "shop", c0, c1)
            s = max(1, int(lerp(1.3, 45, b) * r.lognormvariate(0, 0.5)))
            gap = fast if r.random() < b else med
            for _ in range(min(s, n - len(out))):
                out.append(t)
                t += r.randint(*gap)
        out.sort()
        return out

    def next_t(self, t, b, fast=(15, 90), slow=(1800, 4 * 86400)):
        """Gap to next registration in a fraud run; blatant = seconds, stealthy = days."""
        r = self.r
        if r.random() < b:
            t2 = t + r.randint(*fast)
            return t2 if t2 <= self.t_end else self.t_rand("shop")
        t2 = t + r.randint(*slow)
        if t2 > self.t_end:
            return self.t_rand("shop")
        # move into shop hours
        h = (t2 % 86400) // 3600
        if h < 8 or h >= 21:
            t2 = (t2 // 86400 + (1 if h >= 21 else 0)) * 86400 + r.randint(8 * 3600,
                                                                           20 * 3600)
        return t2

    def fraud_status(self, b):
        r = self.r
        x = r.random()
        if x < 0.25 * b:
            return "TWO_WAY_LOCKED"
        if x < 0.40 * b:
            return "ONE_WAY_LOCKED"
        if x < 0.48 * b:
            return "TERMINATED"
        return "ACTIVE"

    def fraud_prof(self, b, kinds=("dormant", "activation", "resold", "otp_farm",
                                   "scam_calls", "mule_otp")):
        r = self.r
        x = r.random()
        if kinds[0] == "dormant":
            if x < lerp(0.25, 0.6, b):
                return "dormant" if r.random() < 0.7 else "activation"
            return r.choice(kinds[2:])
        return r.choice(kinds)

    def spread_agent(self, ci, b, base):
        """In distributed schemes each registration may go to another point of sale."""
        r = self.r
        if r.random() < self.sc["spread"] * (1.0 - b):
            prov = self.pick_res()
            return self.pick_agent(ci, prov, "AGENT")
        return base

    def fraud_selfie(self, mode, p, b):
        r = self.r
        if mode == "none":
            return "", ""
        if mode == "stock":
            return self.cap_face(r.choice(self.stock_faces[:int(lerp(60, 6, b))])), \
                self.fm_other(0.02, 0.4)
        if mode == "flower":
            return self.cap_face(r.choice(self.flower_faces)), self.fm_other(0.0, 0.12)
        if mode == "idphoto":       # photo of the ID card photo: same face, near-perfect
            return self.cap_face(p.face), "%.3f" % r.uniform(0.95, 0.998)
        if mode == "deepfake":
            return self.cap_face(p.face, kmin=4), "%.3f" % r.uniform(0.78, 0.93)
        raise ValueError(mode)

    # ---------------------------------------------------------------- fraud episodes
    def ep_preactivation(self, cap, leaked):
        r = self.r
        b = self.blat()
        ag = self.corrupt_agent()
        ci = ag[1]
        n = min(cap, self.fsize(5, 140, b))
        lab = (1, 1 if leaked else 0,
               "junk_preactivation_leaked" if leaked else "junk_preactivation_fabricated")
        contiguous = r.random() < b
        sims = self.sim_run(ci, n) if contiguous else None
        nums = self.msisdn_run(ci, n) if (contiguous and r.random() < 0.6) else None
        ts = self.schedule(n, b)
        dev = ag[5][0]
        test_phone = self.new_imei() if r.random() < b * 0.8 else None
        smode_x = r.random()
        per_id = 1 if r.random() > b else r.randint(1, 3)
        p = None
        used = 0
        cur_ag = ag
        for i in range(n):
            t = ts[i]
            if p is None or used >= per_id:
                p = self.leaked_person(res=ag[2] if r.random() < 0.5 else None) if leaked \
                    else self.fab_person(b, ag[2] if r.random() < 0.7 else self.pick_res())
                used = 0
            used += 1
            if leaked:
                smode = "none" if smode_x < 0.3 * b else (
                    "stock" if smode_x < 0.55 * b + 0.05 else "idphoto")
                pop = "MATCH" if r.random() < 0.96 else "UNCHECKED"
            else:
                smode = "none" if smode_x < 0.35 * b else (
                    "flower" if smode_x < 0.45 * b else "stock")
                y = r.random()
                pop = "NOT_FOUND" if y < lerp(0.2, 0.75, b) else (
                    "MISMATCH" if y < lerp(0.3, 0.85, b) else "UNCHECKED")
            if smode == "none" and t >= T_C08 and r.random() > b:
                smode = "stock"
            sel, fm = self.fraud_selfie(smode, p, b)
            if not contiguous:
                cur_ag = self.spread_agent(ci, b, ag)
            prof = self.fraud_prof(b)
            if test_phone and prof in ("dormant", "activation"):
                prof, fu = "activation", test_phone     # activated in the dealer's phone
            else:
                fu = "" if prof == "dormant" else self.new_imei()
            self.reg_f(p, ci, t, "AGENT", cur_ag, lab, sel, fm,
                       sim=sims[i] if sims else None, num=nums[i] if nums else None,
                       prof=prof, b=b, popdb=pop, status=self.fraud_status(b), first_use=fu,
                       dev=dev if cur_ag is ag else None,
                       prov=p.res if r.random() < 0.8 else ag[2])
        return n

    def reg_f(self, p, ci, t, ch, ag, lab, sel, fm, **kw):
        """Registration with an explicit selfie hash / face_match ('' = none)."""
        return self.reg(p, ci, t, ch, ag, lab, selfie=sel, fm=fm if sel else "", **kw)

    def ep_agent_own_id(self, cap):
        r = self.r
        b = self.blat()
        ag = self.corrupt_agent()
        ci = ag[1]
        lab = (1, 1, "junk_agent_own_id")
        owner = self.new_person(res=ag[2], amin=24, amax=50)
        ids = [owner]
        if r.random() > b:
            for _ in range(r.randint(2, 5)):
                ids.append(self.new_person(res=ag[2], amin=20, amax=60,
                                           fam=owner.fam if r.random() < 0.5 else None))
        n = min(cap, self.fsize(10, 420, b))
        contiguous = r.random() < b
        sims = self.sim_run(ci, n) if contiguous else None
        ts = self.schedule(n, b, fast=(10, 60))
        dev = ag[5][0]
        fixed = {id(p): (self.cap_face(p.face), self.fm_genuine(35)) for p in ids}
        for i in range(n):
            t = ts[i]
            p = ids[i % len(ids)] if r.random() < 0.7 else r.choice(ids)
            if r.random() < b:
                sel, fm = fixed[id(p)]                  # same capture reused
            else:
                sel, fm = self.cap_face(p.face), self.fm_genuine(35)
            if r.random() < 0.1 * b and t < T_C08:
                sel, fm = "", ""
            prof = self.fraud_prof(b)
            self.reg_f(p, ci, t, "AGENT", ag, lab, sel, fm, sim=sims[i] if sims else None,
                       prof=prof, b=b, popdb="MATCH" if r.random() < 0.97 else "UNCHECKED",
                       status=self.fraud_status(b), dev=dev,
                       first_use="" if prof == "dormant" else self.new_imei())
        return n

    def farm_sims(self, n, b, lab_name, leaked_share):
        """Identities + registration plan for a farm / box (list of dicts)."""
        r = self.r
        ci = self.pick(self.carrier_ic)
        if ci > 3 and r.random() < 0.5:
            ci = C_VT
        ag = self.corrupt_agent(ci=ci)
        leaked = r.random() < leaked_share
        lab = (1, 1, lab_name + "_leaked_ids") if leaked else (1, 0, lab_name)
        contiguous = r.random() < b
        sims = self.sim_run(ci, n) if contiguous else None
        nums = self.msisdn_run(ci, n) if (contiguous and r.random() < 0.5) else None
        ts = self.schedule(n, b, fast=(10, 120))
        per_id = r.randint(1, int(lerp(2, 8, b)))
        p = None
        used = 0
        plan = []
        for i in range(n):
            if p is None or used >= per_id:
                p = self.leaked_person() if leaked else self.fab_person(b, ag[2])
                used = 0
            used += 1
            a = ag if contiguous else self.spread_agent(ci, b * 0.5, ag)
            plan.append((p, ci, ts[i], a, sims[i] if sims else None, nums[i] if nums else None))
        return plan, lab, leaked

    def ep_farm(self, cap, box):
        r = self.r
        b = self.blat()
        n = min(cap, self.fsize(10, 220 if not box else 130, b))
        lab_name = "junk_sim_box" if box else "junk_sim_farm"
        plan, lab, leaked = self.farm_sims(n, b, lab_name, 0.5)
        # devices the SIMs are first used in
        if r.random() < b:
            ports = max(1, int(n / lerp(2, 10, b)))
            tac = r.choice(self.tac_gateway if box else self.tac_module)
            devs = self.imei_run(tac, min(ports, 128))
        else:
            devs = [self.new_imei() for _ in range(max(1, n // 2))]
        for i, (p, ci, t, a, sim, num) in enumerate(plan):
            prof = "simbox" if box else ("otp_farm" if r.random() < 0.8 else "spam_sms")
            if leaked:
                sel, fm = self.fraud_selfie("idphoto" if r.random() > b else "stock", p, b)
                pop = "MATCH"
            else:
                sel, fm = self.fraud_selfie("stock" if r.random() < 0.7 else "none", p, b)
                pop = "NOT_FOUND" if r.random() < b * 0.7 else "UNCHECKED"
            if not sel and t >= T_C08:
                sel, fm = self.fraud_selfie("stock", p, b)
            st = self.fraud_status(min(1.0, b + (0.3 if box else 0.1)))
            self.reg_f(p, ci, t, "AGENT", a, lab, sel, fm, sim=sim, num=num, prof=prof, b=b,
                       popdb=pop, status=st, first_use=devs[i % len(devs)] if r.random() < 0.93
                       else r.choice(devs))
        return n

    def ep_id_theft_ring(self, cap):
        r = self.r
        b = self.blat()
        lab = (1, 1, "junk_id_theft_ring")
        op = self.new_person(amin=20, amax=40, pool=False)
        ndev = r.randint(1, 2) if r.random() < b else r.randint(4, 16)
        devs = [self.new_imei() for _ in range(ndev)]
        leak_prov = self.pick_res() if r.random() < 0.5 else None
        nvic = max(1, self.fsize(4, 60, b))
        face_mode = "operator" if r.random() < b * 0.7 else ("idphoto" if r.random() < 0.5
                                                             else "deepfake")
        via_agent = r.random() < 0.3
        ag0 = self.corrupt_agent() if via_agent else None
        ci_main = ag0[1] if via_agent else self.pick(self.carrier_ic)
        plan = []
        for _ in range(nvic):
            plan.append((self.leaked_person(res=leak_prov),
                         1 if r.random() > b else r.randint(2, 6)))
        total = min(cap, sum(k for _, k in plan))
        ts = self.schedule(total, b, fast=(40, 400), med=(600, 7200))
        made = 0
        for v, per in plan:
            if made >= cap:
                break
            for j in range(per):
                if made >= cap:
                    break
                t = ts[made]
                ci = ci_main if r.random() < 0.6 + 0.3 * b else self.pick(self.carrier_ic)
                if via_agent and ci == ag0[1]:
                    ch, ag = "AGENT", self.spread_agent(ci, b, ag0)
                    dev = None
                else:
                    ch, ag = ("EKYC_APP" if r.random() < 0.85 else "ONLINE"), None
                    dev = devs[made % ndev] if r.random() < 0.8 else r.choice(devs)
                if face_mode == "operator":
                    sel, fm = self.cap_face(op.face), self.fm_other(0.12, 0.55)
                else:
                    sel, fm = self.fraud_selfie(face_mode, v, b)
                prof = r.choice(["scam_calls", "mule_otp", "spam_sms", "scam_calls",
                                 "resold"])
                self.reg_f(v, ci, t, ch, ag, lab, sel, fm, prof=prof, b=b, popdb="MATCH",
                           status=self.fraud_status(b), dev=dev,
                           first_use=r.choice(devs) if r.random() < b else self.new_imei())
                made += 1
        return made

    def ep_dealer_extra(self, cap):
        r = self.r
        b = self.blat()
        ag = self.corrupt_agent()
        ci = ag[1]
        k = max(1, self.fsize(3, 28, b))
        made = 0
        lab = (1, 1, "junk_dealer_extra_sims")
        own = (0, 0, "legit_walkin_own")
        for _ in range(k):
            if made + 2 > cap:
                break
            p = self.new_person(res=ag[2] if r.random() < 0.85 else None)
            t = self.t_rand("shop")
            dev = ag[5][r.randrange(len(ag[5]))]
            if self.selfie_present(t, "AGENT"):
                sel = self.cap_face(p.face)
                fm = self.fm_genuine(self.ref_year - p.by)
            else:
                sel = fm = ""
            self.reg_f(p, ci, t, "AGENT", ag, own, sel, fm, dev=dev)
            made += 1
            extras = min(cap - made, r.randint(1, max(1, int(lerp(1, 5, b)))))
            for _ in range(extras):
                t += r.randint(15, 90) if r.random() < b else r.randint(300, 3 * 3600)
                if (t % 86400) >= 21 * 3600 + 1800:     # after closing: next morning
                    t = (t // 86400 + 1) * 86400 + r.randint(7 * 3600 + 1800, 10 * 3600)
                if r.random() < b or not sel:
                    s2, f2 = sel, fm                     # the very same capture reused
                else:
                    s2, f2 = self.cap_face(p.face), self.fm_genuine(self.ref_year - p.by)
                prof = self.fraud_prof(b)
                self.reg_f(p, ci, t, "AGENT", ag, lab, s2, f2, dev=dev, prof=prof, b=b,
                           popdb="MATCH", status=self.fraud_status(b * 0.5),
                           first_use="" if prof == "dormant" else self.new_imei())
                made += 1
        return made

    def ep_bought(self, cap):
        r = self.r
        b = self.blat()
        lab = (1, 1, "junk_bought_identity")
        nsel = max(1, self.fsize(2, 14, b))
        home = self.pick_res()
        broker_devs = [self.new_imei() for _ in range(r.randint(1, 3))]
        made = 0
        for _ in range(nsel):
            if made >= cap:
                break
            x = r.random()
            if x < 0.45:
                s = self.new_person(res=home if r.random() < 0.6 else None, amin=18, amax=23)
            elif x < 0.75:
                s = self.new_person(res=home, amin=24, amax=45)
            else:
                s = self.new_person(res=r.choice(RURAL_NW_MK), amin=55, amax=80)
            k = self.fsize(2, 10, b)
            same_session = r.random() < b
            t = self.t_rand("shop")
            shop_prov = s.res if r.random() < 0.5 else home
            via_app = r.random() < 0.25
            for j in range(k):
                if made >= cap:
                    break
                ci = self.pick(self.carrier_ic)
                if via_app and j < 3:
                    ch, ag, dev = "EKYC_APP", None, r.choice(broker_devs)
                else:
                    ch, ag = "AGENT", self.pick_agent(ci, shop_prov if same_session else
                                                      self.pick_res(), "AGENT")
                    dev = None
                sel, fm = self.cap_face(s.face), self.fm_genuine(self.ref_year - s.by)
                prof = r.choice(["scam_calls", "mule_otp", "otp_farm", "resold", "dormant"])
                self.reg_f(s, ci, t, ch, ag, lab, sel, fm, dev=dev, prof=prof, b=b,
                           popdb="MATCH", status=self.fraud_status(b),
                           first_use="" if prof == "dormant" else self.new_imei())
                made += 1
                t = t + r.randint(60, 900) if same_session else self.next_t(
                    t, 0.0, slow=(86400, 20 * 86400))
        return made

    def ep_sim_swap(self, cap):
        r = self.r
        b = self.blat()
        lab = (0, 1, "nonowner_sim_swap")
        gang_faces = [r.getrandbits(64) for _ in range(r.randint(1, 2))]
        gang_phones = [self.new_imei() for _ in range(r.randint(1, 3))]
        k = max(1, self.fsize(1, 10, b))
        made = 0
        far = r.random() < b
        gang_prov = self.pick_res()
        for _ in range(k):
            if made + 2 > cap:
                break
            v = self.leaked_person(amin=25, amax=70)
            ci = self.carrier_for(v.res)
            num = self.new_msisdn(ci)
            th = self.t_hist(2015 if r.random() < 0.5 else 2022)
            self.history_row(v, ci, num, th, lab)
            prov = gang_prov if far else v.res
            ch = "STORE" if r.random() < 0.6 else "AGENT"
            ag = self.corrupt_agent(ci=ci, prov=prov) if (ch == "AGENT" and r.random() < 0.5) \
                else self.pick_agent(ci, prov, ch)
            t = self.t_rand("shop")
            if r.random() < b:
                t = (t // 86400) * 86400 + r.randint(19 * 3600, 21 * 3600)
            sel = self.cap_face(r.choice(gang_faces))
            fm = self.fm_other(0.2, 0.55) if r.random() < b else "%.3f" % r.uniform(0.72, 0.9)
            st = "ACTIVE" if r.random() > 0.5 * b else r.choice(["ONE_WAY_LOCKED",
                                                                  "TWO_WAY_LOCKED"])
            self.reg_f(v, ci, t, ch, ag, lab, sel, fm, num=num, prof="mule_otp", b=b,
                       popdb="MATCH", status=st, first_use=r.choice(gang_phones))
            made += 2
        return made

    def ep_relative_id(self, cap):
        r = self.r
        owner = self.leaked_person(amin=45, amax=75)
        user = self.new_person(res=owner.res, fam=owner.fam, amin=18, amax=35, pool=False)
        ci = self.carrier_for(owner.res)
        ag = self.pick_agent(ci, owner.res, "AGENT")
        t = self.t_rand("shop")
        if t >= T_C08 or r.random() < 0.6:
            sel, fm = self.cap_face(user.face), self.fm_other(0.1, 0.5)
        else:
            sel, fm = "", ""
        self.reg_f(owner, ci, t, "AGENT", ag, (0, 1, "nonowner_relative_id"), sel, fm,
                   popdb="MATCH", first_use=user.phone,
                   prof="student" if r.random() < 0.4 else "normal")
        return 1

    def ep_multi_province(self, cap):
        r = self.r
        b = self.blat()
        lab = (1, 1, "junk_id_multi_province")
        nid = max(1, self.fsize(1, 10, b))
        made = 0
        for _ in range(nid):
            if made >= cap:
                break
            v = self.leaked_person()
            m = min(cap - made, r.randint(2, max(2, int(lerp(3, 8, b)))))
            provs = r.sample(PCODES, m)
            span = int(lerp(35, 2, b) * 86400)
            t0 = self.t_rand("shop")
            for pv in provs:
                ci = self.pick(self.carrier_ic)
                ag = self.pick_agent(ci, pv, "AGENT")
                t = t0 + r.randint(0, span)
                t = (t // 86400) * 86400 + r.randint(8 * 3600, 20 * 3600)
                x = r.random()
                if x < 0.4:
                    sel, fm = self.fraud_selfie("stock", v, b)
                elif x < 0.7:
                    sel, fm = self.fraud_selfie("idphoto", v, b)
                else:
                    sel, fm = ("", "") if t < T_C08 else self.fraud_selfie("stock", v, b)
                prof = self.fraud_prof(b)
                self.reg_f(v, ci, t, "AGENT", ag, lab, sel, fm, prof=prof, b=b,
                           popdb="MATCH", status=self.fraud_status(b),
                           first_use="" if prof == "dormant" else self.new_imei())
                made += 1
        return made

    def ep_cmnd_template(self, cap):
        r = self.r
        b = self.blat()
        ag = self.corrupt_agent()
        ci = ag[1]
        n = min(cap, self.fsize(5, 130, b))
        lab = (1, 0, "junk_cmnd_template")
        pfx = CMND_PFX.get(ag[2], "02") if r.random() < 0.7 else r.choice(
            list(CMND_PFX.values()))
        base = r.randrange(10 ** (9 - len(pfx)) - 5000)
        seq = r.random() < b
        ts = self.schedule(n, b)
        sims = self.sim_run(ci, n) if r.random() < b else None
        mode = "flower" if r.random() < 0.3 else "stock"
        for i in range(n):
            t = ts[i]
            p = self.fab_person(b * 0.5, ag[2])
            p.idt = "CMND"
            if r.random() < 0.12:
                p.idn = self.new_cmnd(ag[2], twelve=True)
            else:
                while True:
                    base += r.randint(1, 7) if seq else r.randrange(10 ** (9 - len(pfx)) // 50)
                    base %= 10 ** (9 - len(pfx))
                    idn = pfx + "%0*d" % (9 - len(pfx), base)
                    if idn not in self.used_ids:
                        self.used_ids.add(idn)
                        break
                p.idn = idn
            sel, fm = self.fraud_selfie(mode if r.random() < 0.85 else "none", p, b)
            y = r.random()
            pop = "NOT_FOUND" if y < 0.5 else ("UNCHECKED" if y < 0.8 else "MISMATCH")
            prof = self.fraud_prof(b)
            self.reg_f(p, ci, t, "AGENT", ag, lab, sel, fm, sim=sims[i] if sims else None,
                       prof=prof, b=b, popdb=pop, status=self.fraud_status(b),
                       first_use="" if prof == "dormant" else self.new_imei())
        return n

    def ep_elderly_ids(self, cap):
        r = self.r
        b = self.blat()
        prov = r.choice(RURAL_NW_MK)
        ag = self.corrupt_agent(prov=prov)
        ci = ag[1]
        lab = (1, 1, "junk_elderly_ids")
        nold = max(1, self.fsize(3, 40, b))
        contiguous = r.random() < b
        ks = [r.randint(1, 4) for _ in range(nold)]
        ts = self.schedule(min(cap, sum(ks)), b)
        made = 0
        dealer_face = r.getrandbits(64)
        for k in ks:
            if made >= cap:
                break
            v = self.new_person(res=ag[2], amin=74, amax=97, pool=False)
            k = min(cap - made, k)
            sims = self.sim_run(ci, k) if contiguous else [None] * k
            for j in range(k):
                t = ts[made]
                x = r.random()
                if x < 0.4:
                    sel, fm = self.fraud_selfie("idphoto", v, b)
                elif x < 0.7:
                    sel, fm = self.cap_face(dealer_face), self.fm_other(0.1, 0.5)
                else:
                    sel, fm = ("", "") if t < T_C08 else self.fraud_selfie("idphoto", v, b)
                prof = self.fraud_prof(b)
                self.reg_f(v, ci, t, "AGENT", ag, lab, sel, fm, sim=sims[j], prof=prof, b=b,
                           popdb="MATCH", status=self.fraud_status(b),
                           first_use="" if prof == "dormant" else self.new_imei())
                made += 1
        return made

    def ep_foreign_passport(self, cap):
        r = self.r
        b = self.blat()
        prov = r.choice(BORDER_OR_HUB)
        ag = self.corrupt_agent(prov=prov)
        ci = ag[1]
        lab = (1, 0, "junk_foreign_passport")
        n = min(cap, self.fsize(4, 60, b))
        ts = self.schedule(n, b)
        nat = r.choice(["CN", "CN", "CN", "TW", "KH", "KR"])
        fams, givs, ff, fmt = FOREIGN[nat]
        for i in range(n):
            t = ts[i]
            g = "M" if r.random() < 0.7 else "F"
            by = self.ref_year - r.randint(20, 45)
            name = (r.choice(fams) + " " + r.choice(givs))
            lead = "E" if nat == "CN" else ("N" if nat == "KH" else ("M" if nat == "KR" else ""))
            idn = lead + "%08d" % r.randrange(10 ** 8)
            self.used_ids.add(idn)
            sel, fm = self.fraud_selfie("stock" if r.random() < 0.7 else "none", None, b)
            if not sel and t >= T_C08:
                sel, fm = self.fraud_selfie("stock", None, b)
            prof = r.choice(["scam_calls", "otp_farm", "dormant", "mule_otp"])
            num = self.new_msisdn(ci)
            self.emit(ci, num, self.take_sim(ag, gap=False), "INDIVIDUAL", "PASSPORT", idn,
                      name, self.dob_for(by), g, nat, ag[2], t, "AGENT", ag[0], ag[5][0], sel,
                      fm, "UNCHECKED", self.fraud_status(b),
                      "" if prof == "dormant" else self.new_imei(),
                      self.usage(prof, t, ci, b), lab, style=0)
        return n

    # ---------------------------------------------------------------- driver
    def dispatch(self, cat, cap):
        if cat == "legit_ordinary":
            return self.ep_ordinary(cap)
        if cat == "legit_multi_sim":
            return self.ep_multi_sim(cap)
        if cat == "legit_busy_shop":
            return self.ep_busy_shop(cap)
        if cat == "legit_family":
            return self.ep_family(cap)
        if cat == "legit_elderly_assisted":
            return self.ep_elderly(cap)
        if cat == "legit_migrant_worker":
            return self.ep_migrants(cap)
        if cat.startswith("legit_org_"):
            return self.ep_org(cap, cat[10:])
        if cat == "legit_data_only":
            return self.ep_secondary(cap, "data_only")
        if cat == "legit_backup_sim":
            return self.ep_secondary(cap, "backup")
        if cat == "legit_name_variant":
            return self.ep_name_variant(cap)
        if cat == "legit_clerical_typo":
            return self.ep_typo(cap)
        if cat == "legit_sim_replacement":
            return self.ep_replacement(cap)
        if cat == "legit_ownership_transfer":
            return self.ep_transfer(cap)
        if cat == "legit_recycled_number":
            return self.ep_transfer(cap, recycled=True)
        if cat == "legit_restandardised":
            return self.ep_restandardised(cap)
        if cat == "legit_device_change_reauth":
            return self.ep_reauth(cap)
        if cat == "legit_old_subscription":
            return self.ep_old_sub(cap)
        if cat == "legit_foreigner":
            return self.ep_foreigner(cap)
        if cat == "legit_vn_passport":
            return self.ep_foreigner(cap, vn=True)
        if cat == "legit_shared_cheap_imei":
            return self.ep_cheap_imei(cap)
        if cat == "junk_preactivation_fabricated":
            return self.ep_preactivation(cap, False)
        if cat == "junk_preactivation_leaked":
            return self.ep_preactivation(cap, True)
        if cat == "junk_agent_own_id":
            return self.ep_agent_own_id(cap)
        if cat == "junk_sim_farm":
            return self.ep_farm(cap, False)
        if cat == "junk_sim_box":
            return self.ep_farm(cap, True)
        if cat == "junk_id_theft_ring":
            return self.ep_id_theft_ring(cap)
        if cat == "junk_dealer_extra_sims":
            return self.ep_dealer_extra(cap)
        if cat == "junk_bought_identity":
            return self.ep_bought(cap)
        if cat == "nonowner_sim_swap":
            return self.ep_sim_swap(cap)
        if cat == "nonowner_relative_id":
            return self.ep_relative_id(cap)
        if cat == "junk_id_multi_province":
            return self.ep_multi_province(cap)
        if cat == "junk_cmnd_template":
            return self.ep_cmnd_template(cap)
        if cat == "junk_elderly_ids":
            return self.ep_elderly_ids(cap)
        if cat == "junk_foreign_passport":
            return self.ep_foreign_passport(cap)
        raise ValueError(cat)

    def run(self):
        sc = self.sc
        N = self.N
        plan = [(k, v) for k, v in sc["legit"].items() if v > 0] + \
               [(k, v) for k, v in sc["fraud"].items() if v > 0]
        for cat, share in plan:
            budget = int(round(share * N))
            done = 0
            stall = 0
            while done < budget and len(self.rows) < N:
                cap = min(budget - done, N - len(self.rows))
                got = self.dispatch(cat, cap)
                done += got
                if got == 0:
                    stall += 1
                    if stall > 3:
                        break
        while len(self.rows) < N:
            self.ep_ordinary(N - len(self.rows))
        return self

    def write(self, out):
        os.makedirs(out, exist_ok=True)
        self.rows.sort()
        with open(os.path.join(out, "batch.csv"), "w", encoding="utf-8", newline="") as f:
            f.write(",".join(COLUMNS) + "\r\n")
            buf = []
            for _, _, line in self.rows:
                buf.append(line)
                if len(buf) >= 20000:
                    f.write("\r\n".join(buf) + "\r\n")
                    buf = []
            if buf:
                f.write("\r\n".join(buf) + "\r\n")
        keys = sorted(self.labels, key=lambda k: (CCODE[k[0]], k[1]))
        with open(os.path.join(out, "labels.csv"), "w", encoding="utf-8", newline="") as f:
            f.write("carrier,msisdn,junk,non_owner,pattern\n")
            f.write("".join("%s,84%d,%d,%d,%s\n" % ((CCODE[k[0]], k[1]) + self.labels[k])
                            for k in keys))


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--rows", type=int)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--scenario", default="national_default")
    ap.add_argument("--out")
    ap.add_argument("--list-scenarios", action="store_true")
    a = ap.parse_args(argv)
    if a.list_scenarios:
        for k in SCENARIOS:
            print(k)
        return 0
    if a.rows is None or a.out is None:
        ap.error("--rows and --out are required")
    if a.scenario not in SCENARIOS:
        ap.error("unknown scenario %r (see --list-scenarios)" % a.scenario)
    if a.rows < 1:
        ap.error("--rows must be positive")
    Gen(a.rows, a.seed, a.scenario).run().write(a.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
