#!/usr/bin/env python3
"""indep28_gen.py - a statistician's synthetic SIM-registration population generator.

Independent generator for testing a Vietnamese SIM-registration fraud auditor.  Built only
from the batch contract (shared/spec/batch-format.md) and the domain fact sheet
(shared/spec/domain-vietnam.md).  Python 3.11, standard library only.

    python3 tools/indep28_gen.py --rows N --seed S --scenario NAME --out DIR
    python3 tools/indep28_gen.py --list-scenarios

Writes DIR/batch.csv (contract header, all 29 columns, rows sorted by registered_at) and
DIR/labels.csv (carrier,msisdn,junk,non_owner,pattern; one row per subscription, msisdn in
normalised 84+9-digit form, carrier upper-case).  A subscription may appear more than once in
batch.csv (history rows of a re-registration / ownership transfer, as the contract allows);
it still has exactly one label row.  The batch msisdn is written in the carrier's own export
style (0..., 84..., +84...), which all normalise to the label key.

Everything is drawn from explicit distributions (see the DISTRIBUTIONS section below).  The
RNG is random.Random("indep28|{rows}|{seed}|{scenario}") - the only source of randomness.

DISTRIBUTIONS (all parameters can be shifted by scenarios)
----------------------------------------------------------
* Carrier: categorical market shares (Viettel 53%, VinaPhone 22%, MobiFone 19%, MVNOs rest).
* Channel: categorical per carrier (MVNOs have no own stores, more app/online).
* Registration time: day ~ categorical(day-of-week weight x scenario day bumps);
  hour ~ categorical(24 hourly weights per channel profile: STORE, AGENT, EKYC_APP, ONLINE,
  AIRPORT arrivals, CAMPUS booth, OFFICE bulk, NIGHT); second ~ uniform.
* Dealer volume: weight ~ Pareto(alpha=1.4) capped at 150 (stores x2.5): heavy-tailed, a few
  very busy shops; device count per dealer grows with log(weight).
* Age of new registrants: piecewise-uniform mixture (14-17 4%, 18-24 22%, 25-34 26%,
  35-44 19%, 45-54 13%, 55-64 9%, 65-74 5%, 75-92 2%).
* Household size: {2:.22, 3:.28, 4:.28, 5:.12, 6:.06, 7:.04}; grandparent present p=.3.
* SIMs per multi-SIM person: {2:50,3:22,4:11,5:6,6:4,7:3,8:2,9:2} (relative weights).
* Organisation size: lognormal (IoT median 120, fleet 60, call centre 120, staff 25).
* Face capture noise: bits flipped ~ {0:3,1:14,2:26,3:27,4:18,5:8,6:4}; other faces are
  independent 64-bit hashes (~32 bits apart).
* face_match: Beta by age and presenter: genuine 18-49 Beta(18,1.6) (mean .92), 14-17
  Beta(14,1.8), 50-64 Beta(13,1.7), 65-74 Beta(9,1.9), 75+ Beta(6,2) (mean .75); app/online
  captures a x.85; impostor Beta(3,6) (.33); relative/look-alike Beta(5,4) (.56); replay of
  the card photo Beta(30,1.2) (.96); deepfake/injection Beta(16,1.8) (.90); flower/object
  U(0,.15).
* Usage (30 days): latent engagement z~N(0,1) drives calls in and out (rho~.7) and data;
  lognormal medians per user type (adult, youth, elderly, child, work, data-only, backup,
  tourist, IoT, fleet, call centre, staff); distinct callees ~ out^0.72 x U(.8,1.6);
  top-ups summed from discrete denominations.  Fraud profiles: never-used, spam farm,
  scam caller, OTP sink, mule.  Usage is empty (unknown) when the SIM is younger than 30
  days at export or the carrier does not export usage (per-carrier coverage).

STEALTH KNOBS (per fraud cluster, each in 0..1; cluster value = scenario value + N(0,.12))
  time   : 0 = night sessions / fixed-interval bursts, 1 = ordinary channel time profile
  face   : 0 = operator's own face / reused stock photo / exact re-used capture, 1 = replayed
           card photo or deepfake with genuine-looking face_match and per-victim faces
  usage  : 0 = textbook fraud usage, 1 = blended towards ordinary user distributions
  spread : 0 = one dealer/device/carrier, many SIMs per identity; 1 = many dealers, devices,
           carriers, <=2 SIMs per identity, respects the 3-per-document app limit
  docs   : 0 = fabricated IDs often internally inconsistent / NOT_FOUND; 1 = consistent
  seq    : 0 = consecutive ICCID/MSISDN runs; 1 = SIMs drawn from ordinary shop stock

LABELS (junk, non_owner)
  preact_leaked (1,1)  preact_fabricated (1,0)  dealer_extra_sim (1,1)
  dealer_own_id_mass (1,1)  idtheft_ring (1,1)  simfarm_bought_id (1,1)
  simfarm_fabricated_id (1,0)  rented_identity (1,1)  otp_sink_own_id (1,0)
  otp_sink_bought_id (1,1)  mule_kit_sold (1,1)  foreign_passport_misuse (1,1)
  nonowner_family_use (0,1)  - adult relative uses a SIM registered by/for a parent.
  Legitimate patterns start with legit_ and are (0,0).
"""
import argparse
import datetime
import math
import os
import random
import shutil
import sys
import unicodedata

HEADER = ("carrier,msisdn,imsi,iccid,subscriber_type,id_type,id_number,full_name,"
          "date_of_birth,gender,nationality,province,registered_at,channel,agent_id,"
          "device_imei,selfie_hash,face_match,popdb_check,status,first_use_imei,"
          "active_days_30d,out_calls_30d,in_calls_30d,out_sms_30d,in_sms_30d,"
          "distinct_callees_30d,topup_vnd_30d,data_mb_30d")
LABEL_HEADER = "carrier,msisdn,junk,non_owner,pattern"

# ----------------------------------------------------------------------------------------
# Reference tables
# ----------------------------------------------------------------------------------------
# (code, population in units of 100k, approx. 2019 census)
PROVINCES = [
    ("001", 82.5), ("002", 8.7), ("004", 5.3), ("006", 3.2), ("008", 7.9), ("010", 7.4),
    ("011", 6.0), ("012", 4.6), ("014", 12.5), ("015", 8.2), ("017", 8.5), ("019", 12.9),
    ("020", 7.8), ("022", 13.2), ("024", 18.0), ("025", 14.6), ("026", 11.5), ("027", 13.7),
    ("030", 18.9), ("031", 20.3), ("033", 12.5), ("034", 18.6), ("035", 8.5), ("036", 17.8),
    ("037", 9.8), ("038", 36.4), ("040", 33.3), ("042", 12.9), ("044", 9.0), ("045", 6.3),
    ("046", 11.3), ("048", 11.3), ("049", 15.0), ("051", 12.3), ("052", 14.9), ("054", 9.6),
    ("056", 12.3), ("058", 5.9), ("060", 12.3), ("062", 5.4), ("064", 15.1), ("066", 18.7),
    ("067", 6.2), ("068", 13.0), ("070", 9.9), ("072", 11.7), ("074", 24.3), ("075", 31.0),
    ("077", 11.5), ("079", 90.0), ("080", 16.9), ("082", 17.6), ("083", 12.9), ("084", 10.1),
    ("086", 10.2), ("087", 16.0), ("089", 19.1), ("091", 17.2), ("092", 12.4), ("093", 7.3),
    ("094", 12.0), ("095", 9.1), ("096", 11.9),
]
PROV_CODES = [p for p, _ in PROVINCES]
# Residence weights favour big cities and industrial provinces (internal migration).
MIGRANT_MAGNETS = {"079": 1.6, "001": 1.35, "074": 1.8, "075": 1.4, "027": 1.4, "048": 1.2,
                   "031": 1.15, "092": 1.1, "024": 1.1, "026": 1.1, "077": 1.1}
# Share of residents born in another province (the CCCD PPP is the birth province).
BORN_ELSEWHERE = {"079": .42, "001": .30, "074": .55, "075": .35, "027": .30, "048": .28,
                  "031": .15, "092": .15, "077": .25}
UNIVERSITY_CITIES = [("001", 45), ("079", 40), ("048", 6), ("046", 4), ("092", 5)]
AIRPORTS = [("079", 42), ("001", 30), ("048", 12), ("056", 9), ("091", 7)]
INDUSTRIAL = [("074", 25), ("075", 20), ("027", 15), ("031", 10), ("024", 10), ("026", 8),
              ("022", 6), ("030", 6)]
CMND_PREFIXES = ["01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12",
                 "13", "14", "15", "16", "17", "18", "19", "20", "21", "22", "23", "24",
                 "25", "26", "27", "28", "29", "30", "31", "32", "33", "34", "35", "36",
                 "37", "38"]

CARRIERS = ["VIETTEL", "VINAPHONE", "MOBIFONE", "VIETNAMOBILE", "GMOBILE", "ITEL", "REDDI",
            "WINTEL", "ASIM", "DIGILIFE", "LOCAL"]
MVNOS = {"ITEL", "REDDI", "WINTEL", "ASIM", "DIGILIFE", "LOCAL"}
BIG3 = ("VIETTEL", "VINAPHONE", "MOBIFONE")
CARRIER_MIX = {"VIETTEL": .53, "VINAPHONE": .22, "MOBIFONE": .19, "VIETNAMOBILE": .025,
               "GMOBILE": .006, "ITEL": .012, "REDDI": .003, "WINTEL": .004, "ASIM": .004,
               "DIGILIFE": .003, "LOCAL": .003}
CARRIER_ABBR = {"VIETTEL": "VT", "VINAPHONE": "VNP", "MOBIFONE": "MBF", "VIETNAMOBILE": "VNM",
                "GMOBILE": "GM", "ITEL": "IT", "REDDI": "RD", "WINTEL": "WT", "ASIM": "AS",
                "DIGILIFE": "DL", "LOCAL": "LC"}
# National significant number prefixes (2 digits after the trunk 0).  MVNOs without a
# published range use their host network's ranges (assumption, prefix never = carrier).
MSISDN_PREFIX = {
    "VIETTEL": ["86", "96", "97", "98", "32", "33", "34", "35", "36", "37", "38", "39"],
    "VINAPHONE": ["88", "91", "94", "81", "82", "83", "84", "85"],
    "MOBIFONE": ["89", "90", "93", "70", "76", "77", "78", "79"],
    "VIETNAMOBILE": ["92", "52", "56", "58"],
    "GMOBILE": ["993", "994", "995", "996", "997", "59"],
    "ITEL": ["87"], "REDDI": ["55"], "WINTEL": ["55"], "ASIM": ["89", "90"],
    "DIGILIFE": ["88", "91"], "LOCAL": ["87", "89"],
}
PORT_IN_RATE = 0.025          # number ported in from another network (MNP since 2018)
# IMSI MNC per carrier: (mnc, weight).  MVNO MNCs follow the fact sheet; host MNC otherwise.
CARRIER_MNC = {"VIETTEL": [("04", 1)], "VINAPHONE": [("02", 1)], "MOBIFONE": [("01", 1)],
               "VIETNAMOBILE": [("05", 1)], "GMOBILE": [("07", 1)],
               "ITEL": [("08", .8), ("02", .2)], "REDDI": [("09", 1)], "WINTEL": [("09", 1)],
               "ASIM": [("01", 1)], "DIGILIFE": [("02", 1)], "LOCAL": [("01", 1)]}
ICCID20 = {"04", "05"}         # issuers assumed to use 20-digit ICCIDs (others 19)
MSISDN_STYLE = {"VIETTEL": (("84", .7), ("0", .3)), "VINAPHONE": (("0", .8), ("+84", .2)),
                "MOBIFONE": (("84", 1.0),)}
MSISDN_STYLE_DEFAULT = (("0", .9), ("+84", .1))
# Name rendering per carrier: P(upper with diacritics), P(no diacritics), P(UPPER no diacr.)
NAME_STYLE = {"VIETTEL": (.05, .05, .05), "VINAPHONE": (.15, .05, .05),
              "MOBIFONE": (.05, .05, .25), "VIETNAMOBILE": (.10, .20, .20)}
NAME_STYLE_DEFAULT = (.10, .15, .15)
USAGE_COVERAGE = {"VIETTEL": .96, "VINAPHONE": .95, "MOBIFONE": .94, "VIETNAMOBILE": .8,
                  "GMOBILE": .6, "ITEL": .7}
USAGE_COVERAGE_DEFAULT = .5

# Vietnamese names ------------------------------------------------------------------------
SURNAMES = [("Nguyễn", 38), ("Trần", 11), ("Lê", 9.5), ("Phạm", 7), ("Hoàng", 4.1),
            ("Huỳnh", 1.5), ("Phan", 4.5), ("Vũ", 2.2), ("Võ", 1.7), ("Đặng", 2.1),
            ("Bùi", 2.0), ("Đỗ", 1.4), ("Hồ", 1.3), ("Ngô", 1.3), ("Dương", 1.0), ("Lý", .5),
            ("Đinh", .6), ("Đào", .5), ("Trương", .5), ("Lâm", .4), ("Mai", .4), ("Hà", .4),
            ("Tô", .2), ("Cao", .3), ("Lương", .3), ("Châu", .2), ("Tạ", .2), ("Kiều", .1),
            ("Thái", .2), ("Triệu", .2), ("Quách", .1), ("Lục", .05), ("Đoàn", .4)]
MIDDLE_M = [("Văn", 30), ("Đức", 8), ("Minh", 10), ("Hữu", 6), ("Quốc", 6), ("Công", 5),
            ("Thanh", 5), ("Xuân", 3), ("Đình", 4), ("Ngọc", 3), ("Hoàng", 4), ("Gia", 4),
            ("Trung", 3), ("Anh", 3), ("Tuấn", 2), ("Nhật", 2), ("Bảo", 2), ("Thế", 2)]
MIDDLE_F = [("Thị", 40), ("Ngọc", 8), ("Thu", 5), ("Thanh", 5), ("Kim", 4), ("Minh", 4),
            ("Phương", 3), ("Bảo", 3), ("Khánh", 3), ("Hoài", 2), ("Mỹ", 3), ("Như", 2),
            ("Diệu", 1), ("Hồng", 3), ("Thùy", 3), ("Quỳnh", 2), ("Hải", 1)]
GIVEN_M = ("Anh Hùng Dũng Tuấn Minh Hải Long Nam Phong Quang Sơn Thắng Trung Việt Bình Cường "
           "Đạt Huy Khánh Kiên Lâm Phúc Quân Tài Thành Toàn Vinh Hiếu Hoàng Khoa Lộc Nghĩa "
           "Nhân Phát Tâm Thịnh Tiến Trí Tú Vũ Bảo Duy Đức Hào Khải Luân Mạnh Thái Thuận An "
           "Hưng Hậu Lực Sang Tùng Vương Định Hiển").split()
GIVEN_F = ("Anh Hà Hạnh Hoa Hương Lan Linh Mai Ngọc Nhung Phương Thảo Trang Trinh Vân Yến "
           "Hằng Huyền Loan Ly My Nga Oanh Quyên Tâm Thủy Tuyết Uyên Vy Xuân Chi Dung Giang "
           "Hiền Hồng Liên Nhi Nhàn Thư Trâm Diệp Hậu Thanh Thúy Hòa Ánh Đào Lụa Tuyền "
           "Hường").split()

# Foreign names and passports -------------------------------------------------------------
FOREIGN_NAMES = {
    "KR": (["KIM", "LEE", "PARK", "CHOI", "JUNG", "KANG", "CHO", "YOON", "JANG", "LIM", "HAN"],
           ["MIN JUN", "JI HOON", "HYUN WOO", "DONG HYUN", "SUNG MIN", "JAE WON", "TAE YANG"],
           ["SEO YEON", "SO YEON", "JI WOO", "YE JIN", "MIN JI", "HYE WON", "SU BIN"], "SG"),
    "CN": (["WANG", "LI", "ZHANG", "LIU", "CHEN", "YANG", "HUANG", "ZHAO", "WU", "ZHOU", "XU"],
           ["WEI", "LEI", "JUN", "YONG", "HAO", "QIANG", "JIAN GUO", "ZHI WEI", "TAO"],
           ["FANG", "NA", "XIU YING", "JING", "YAN", "LI NA", "MEI", "XIAO HONG"], "SG"),
    "JP": (["SATO", "SUZUKI", "TAKAHASHI", "TANAKA", "WATANABE", "ITO", "YAMAMOTO", "KATO"],
           ["HARUTO", "SOTA", "REN", "HIROSHI", "TAKESHI", "KENJI"],
           ["YUI", "HINA", "AOI", "YUKI", "SAKURA", "MEI"], "SG"),
    "WEST": (["SMITH", "JOHNSON", "BROWN", "WILLIAMS", "JONES", "MILLER", "DAVIS", "WILSON",
              "MULLER", "SCHMIDT", "MARTIN", "BERNARD", "TAYLOR", "MOORE"],
             ["JAMES", "JOHN", "ROBERT", "MICHAEL", "DAVID", "THOMAS", "LUKAS", "PIERRE"],
             ["EMMA", "OLIVIA", "SARAH", "ANNA", "SOPHIE", "LAURA", "CHLOE", "JESSICA"], "GS"),
    "IN": (["SHARMA", "KUMAR", "SINGH", "PATEL", "GUPTA", "REDDY", "NAIR"],
           ["RAHUL", "AMIT", "VIKRAM", "ARJUN", "SURESH"],
           ["PRIYA", "ANJALI", "DEEPA", "KAVYA", "NEHA"], "GS"),
    "RU": (["IVANOV", "SMIRNOV", "KUZNETSOV", "POPOV", "SOKOLOV", "VOLKOV"],
           ["ALEKSANDR", "DMITRY", "SERGEY", "ANDREY", "IVAN"],
           ["ANNA", "OLGA", "ELENA", "NATALIA", "IRINA"], "GS"),
    "SEA": (["SOMCHAI", "TAN", "LIM", "SANTOS", "REYES", "PHOMMA", "SOK", "CHAN", "WONG"],
            ["ANAN", "WEI MING", "JOSE", "MARK", "BOUNMY", "DARA", "KIAT"],
            ["SUDA", "MEI LING", "MARIA", "GRACE", "NOY", "SREY", "PIM"], "GS"),
}
NAT_STYLE = {"KR": "KR", "CN": "CN", "TW": "CN", "JP": "JP", "US": "WEST", "AU": "WEST",
             "DE": "WEST", "FR": "WEST", "GB": "WEST", "CA": "WEST", "IN": "IN", "RU": "RU",
             "TH": "SEA", "MY": "SEA", "SG": "SEA", "PH": "SEA", "LA": "SEA", "KH": "SEA"}
TOURIST_NATS = [("KR", 28), ("CN", 20), ("US", 7), ("JP", 6), ("TW", 6), ("AU", 4), ("TH", 3),
                ("MY", 3), ("SG", 2), ("IN", 3), ("RU", 3), ("DE", 2), ("FR", 2), ("GB", 2),
                ("PH", 2), ("LA", 2), ("KH", 2), ("CA", 2)]
WORKER_NATS = [("CN", 45), ("KR", 25), ("TW", 15), ("JP", 5), ("IN", 5), ("PH", 5)]

# Organisations ----------------------------------------------------------------------------
ORG_FORMS = ["CÔNG TY TNHH", "Công ty TNHH", "CÔNG TY CỔ PHẦN", "Công ty Cổ phần",
             "Tổng công ty", "Hợp tác xã", "Công ty TNHH MTV"]
ORG_SECTORS = {"iot": ["Giải pháp IoT", "Điện lực", "Cấp nước", "Thiết bị Giám sát", "Công nghệ",
                       "Thanh toán Điện tử", "Camera An ninh"],
               "fleet": ["Vận tải", "Taxi", "Giao nhận", "Logistics", "Xe khách", "Chuyển phát"],
               "callcentre": ["Chăm sóc Khách hàng", "Dịch vụ Tổng đài", "Tài chính Tiêu dùng",
                              "Bảo hiểm", "Viễn thông Dịch vụ", "Tiếp thị"],
               "staff": ["Thương mại Dịch vụ", "Xây dựng", "Dược phẩm", "May mặc", "Thực phẩm",
                         "Bất động sản", "Điện tử"]}
ORG_WORDS = ["Minh Phát", "Hoàng Long", "Sao Việt", "Thành Công", "Đại Dương", "An Phú",
             "Phương Nam", "Kim Long", "Tân Tiến", "Hưng Thịnh", "Vạn Xuân", "Sao Mai",
             "Nam Việt", "Bình Minh", "Trường Hải", "Phú Gia", "Việt Á", "Hồng Hà", "Đông Á",
             "Thiên Phú", "Quang Trung", "Hòa Bình", "Ánh Dương", "Tâm Đức"]

# Time-of-day profiles: 24 hourly weights ----------------------------------------------------
HOUR_PROFILES = {
    "STORE": [0, 0, 0, 0, 0, 0, 0, .3, 3, 6, 8, 8, 5, 4, 6, 7, 7, 8, 8, 7, 5, 2, .2, 0],
    "AGENT": [.1, .05, .03, .03, .05, .2, 1, 3, 5, 6, 7, 7, 5, 4, 5, 6, 7, 8, 8, 8, 7, 4, 2, .5],
    "EKYC_APP": [2, 1, .6, .4, .4, .8, 2, 3, 4, 5, 5, 5, 5, 4, 4, 4, 4, 5, 5, 6, 7, 8, 6, 4],
    "ONLINE": [1, .5, .3, .2, .2, .5, 1.5, 3, 5, 6, 6, 6, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 4, 2],
    "AIRPORT": [6, 5, 3, 1, 1, 2, 3, 4, 4, 4, 5, 5, 4, 4, 5, 5, 5, 6, 6, 6, 7, 8, 9, 8],
    "CAMPUS": [0, 0, 0, 0, 0, 0, 0, 1, 5, 8, 8, 6, 3, 5, 8, 8, 6, 3, 1, 0, 0, 0, 0, 0],
    "OFFICE": [0, 0, 0, 0, 0, 0, 0, .5, 5, 8, 8, 6, 2, 4, 8, 8, 6, 3, .5, 0, 0, 0, 0, 0],
    "NIGHT": [6, 5, 3, 2, .5, .2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, .2, .5, 1, 4, 6, 7],
}
# Day-of-week weights (Mon..Sun) per profile family
DOW = {"shop": [.95, .93, .95, .97, 1.05, 1.25, 1.12], "app": [1, 1, 1, 1, 1.02, 1.08, 1.1],
       "office": [1, 1, 1, 1, 1, .15, .05]}
PROFILE_DAYKIND = {"STORE": "shop", "AGENT": "shop", "CAMPUS": "shop", "EKYC_APP": "app",
                   "ONLINE": "app", "AIRPORT": "app", "NIGHT": "app", "OFFICE": "office"}

# Registration-age mixture (piecewise uniform)
AGE_BANDS = [((14, 17), 4), ((18, 24), 22), ((25, 34), 26), ((35, 44), 19), ((45, 54), 13),
             ((55, 64), 9), ((65, 74), 5), ((75, 92), 2)]
HOUSEHOLD = [(2, .22), (3, .28), (4, .28), (5, .12), (6, .06), (7, .04)]
MULTI_K = [(2, 50), (3, 22), (4, 11), (5, 6), (6, 4), (7, 3), (8, 2), (9, 2)]
NOISE_K = [0, 1, 2, 3, 4, 5, 6]
NOISE_W = [3, 14, 26, 27, 18, 8, 4]
TOPUP_DENOMS = [10000, 20000, 30000, 50000, 100000, 200000, 300000, 500000]
TOPUP_W = [10, 18, 6, 28, 24, 9, 2, 3]

# Device classes: (number of TACs, first digits, Zipf exponent for model popularity)
DEVICE_CLASSES = {"smart": (420, ("35", "86", "35", "35", "86", "01"), 1.05),
                  "feature": (40, ("35", "86"), 1.0), "tablet": (30, ("35", "86"), 1.0),
                  "mifi": (12, ("86",), 1.0), "iot": (14, ("86", "35"), .8),
                  "gateway": (10, ("86", "35"), .6), "modem": (10, ("86",), .7)}

# ----------------------------------------------------------------------------------------
# Eras and scenarios
# ----------------------------------------------------------------------------------------
ERAS = {
    # 2023 clean-up era: population-DB check since Aug 2022, weak face capture at dealers,
    # 9-digit CMND still accepted for new registrations.
    "pre2023": dict(face_cov={"STORE": .5, "AGENT": .25, "EKYC_APP": 1.0, "ONLINE": .7},
                    popdb=(("MATCH", .88), ("UNCHECKED", .09), ("MISMATCH", .02),
                           ("NOT_FOUND", .01)), cmnd_share=.22, post08=False),
    # Decree 163/2024 era (before Circular 08/2026)
    "pre08": dict(face_cov={"STORE": .88, "AGENT": .62, "EKYC_APP": 1.0, "ONLINE": .9},
                  popdb=(("MATCH", .95), ("UNCHECKED", .035), ("MISMATCH", .01),
                         ("NOT_FOUND", .005)), cmnd_share=0.0, post08=False),
    # Circular 08/2026: 4-field + face authentication mandatory, VNeID confirmation locks
    "post08": dict(face_cov={"STORE": 1.0, "AGENT": 1.0, "EKYC_APP": 1.0, "ONLINE": 1.0},
                   popdb=(("MATCH", .995), ("MISMATCH", .005)), cmnd_share=0.0, post08=True),
}

LEGIT_BASE = {"multi": .09, "family": .08, "elderly": .03, "org_iot": .025, "org_fleet": .01,
              "org_callcentre": .006, "org_staff": .012, "students": .015, "tourists": .012,
              "foreign_workers": .006, "rereg": .015, "legacy": .015, "typo": .01,
              "promo": .015}
FRAUD_BASE = {"family_use": .005, "preact": .009, "dealer_extra": .006, "dealer_own": .003,
              "idtheft": .005, "simfarm": .006, "rented": .003, "otp": .003, "mule": .003,
              "passport_fraud": .001}
CHANNEL_MIX = {"STORE": .22, "AGENT": .55, "EKYC_APP": .18, "ONLINE": .05}


def _scale(d, mult, default=1.0):
    return {k: v * mult.get(k, default) for k, v in d.items()}


SCENARIOS = {
    "national_default": dict(
        desc="Q4-2025 national mix under Decree 163; ~4% fraud across all patterns, "
             "moderate stealth (0.3)",
        start="2025-10-01", days=92, era="pre08", stealth=.30,
        legit=dict(LEGIT_BASE), fraud=dict(FRAUD_BASE)),
    "clean_baseline": dict(
        desc="Same national mix and look-alikes with no fraud at all (false-positive "
             "benchmark)",
        start="2025-10-01", days=92, era="pre08", stealth=.30,
        legit=dict(LEGIT_BASE), fraud={}),
    "lookalike_stress": dict(
        desc="Legitimate look-alikes x2-3 (orgs/IoT/call centres, student groups, airport "
             "tourists, families, elderly outreach, shop promos); ~2% low-stealth fraud",
        start="2025-10-01", days=92, era="pre08", stealth=.20,
        legit=_scale(LEGIT_BASE, {"multi": 1.5, "family": 2, "elderly": 3, "org_iot": 2.4,
                                  "org_fleet": 2.5, "org_callcentre": 3.3, "org_staff": 2.5,
                                  "students": 3, "tourists": 3, "foreign_workers": 3,
                                  "typo": 2.5, "promo": 3, "rereg": 1.3, "legacy": 1.3}),
        fraud=_scale(FRAUD_BASE, {}, .5)),
    "preactivation_wave_2023": dict(
        desc="Mar-May 2023 clean-up era: dealer pre-activation on leaked and fabricated "
             "documents, agents' own IDs, weak face capture, CMND still used; ~13% fraud",
        start="2023-03-01", days=92, era="pre2023", stealth=.15, preact_leaked=.5,
        legit=dict(LEGIT_BASE),
        fraud={"preact": .07, "dealer_own": .02, "dealer_extra": .015, "passport_fraud": .005,
               "simfarm": .01, "idtheft": .003, "family_use": .005}),
    "simfarm_otp_outbreak": dict(
        desc="SIM farms / SIM boxes on bought and fabricated IDs, OTP-sink pools and rented "
             "identities (~9.5%), with extra legit call centres and IoT fleets",
        start="2025-10-01", days=92, era="pre08", stealth=.25,
        legit=_scale(LEGIT_BASE, {"org_callcentre": 2.5, "org_iot": 1.6}),
        fraud={"simfarm": .045, "otp": .02, "rented": .012, "idtheft": .005, "preact": .005,
               "mule": .004, "family_use": .004}),
    "stealth_identity_rings": dict(
        desc="STEALTH: identity-theft rings (deepfake eKYC, device farms), rented "
             "identities and mule kits imitating ordinary users (stealth 0.85, ~4%)",
        start="2025-10-01", days=92, era="pre08", stealth=.85,
        legit=dict(LEGIT_BASE),
        fraud={"idtheft": .015, "rented": .01, "mule": .01, "otp": .004,
               "family_use": .004}),
    "stealth_dealer_collusion": dict(
        desc="STEALTH: dealer-side fraud (extra SIMs on walk-in customers, pre-activation, "
             "own/relatives' IDs) hidden in busy shops with normal timing (stealth 0.85, ~3%)",
        start="2025-10-01", days=92, era="pre08", stealth=.85,
        legit=_scale(LEGIT_BASE, {"promo": 2, "elderly": 1.5}),
        fraud={"dealer_extra": .015, "preact": .012, "dealer_own": .006,
               "passport_fraud": .002, "family_use": .004}),
    "post_circular08": dict(
        desc="15 Apr-30 Jun 2026 under Circular 08: mandatory face authentication, VNeID "
             "confirmation locks; fraud shifts to bought/rented/mule/deepfake (~3%)",
        start="2026-04-15", days=77, era="post08", stealth=.50, preact_leaked=1.0,
        simfarm_bought=1.0,
        legit=dict(LEGIT_BASE),
        fraud={"rented": .006, "mule": .006, "idtheft": .005, "simfarm": .003, "otp": .002,
               "dealer_extra": .003, "preact": .001, "family_use": .004}),
    "mvno_online_ekyc": dict(
        desc="MVNO / small-carrier slice with app and online-delivery registrations; "
             "eKYC identity theft and OTP sinks (~5%)",
        start="2025-10-01", days=92, era="pre08", stealth=.40,
        carrier_mix={"VIETNAMOBILE": .2, "GMOBILE": .08, "ITEL": .2, "REDDI": .08,
                     "WINTEL": .1, "ASIM": .1, "DIGILIFE": .1, "LOCAL": .14},
        channel_mix={"STORE": .05, "AGENT": .35, "EKYC_APP": .38, "ONLINE": .22},
        legit=_scale(LEGIT_BASE, {"org_iot": .3, "org_callcentre": .3, "tourists": .5}),
        fraud={"idtheft": .02, "otp": .012, "mule": .008, "rented": .005, "simfarm": .005}),
    "back_to_school": dict(
        desc="15 Aug-15 Oct 2025 school season: campus booths and student group purchases "
             "(x5); students renting IDs, mule kits and dealer bursts hide among them (~3%)",
        start="2025-08-15", days=62, era="pre08", stealth=.50, bumps=[(17, 30, 1.3)],
        legit=_scale(LEGIT_BASE, {"students": 5, "family": 1.2}),
        fraud={"preact": .008, "rented": .008, "mule": .006, "dealer_extra": .004,
               "idtheft": .003, "family_use": .004}),
    "max_stealth": dict(
        desc="STEALTH: national fraud mix with every stealth knob at 1.0 (hard mode, ~4%)",
        start="2025-10-01", days=92, era="pre08", stealth=1.0, jitter=0.0,
        legit=dict(LEGIT_BASE), fraud=dict(FRAUD_BASE)),
}


# ----------------------------------------------------------------------------------------
# Small utilities
# ----------------------------------------------------------------------------------------
def luhn_digit(payload):
    """Luhn check digit for a digit string (check digit to be appended)."""
    total = 0
    dbl = True
    for ch in reversed(payload):
        d = ord(ch) - 48
        if dbl:
            d += d
            if d > 9:
                d -= 9
        total += d
        dbl = not dbl
    return chr(48 + (10 - total % 10) % 10)


def luhn_ok(s):
    return luhn_digit(s[:-1]) == s[-1]


_STRIP_CACHE = {}


def strip_diacritics(s):
    r = _STRIP_CACHE.get(s)
    if r is None:
        t = s.replace("đ", "d").replace("Đ", "D")
        t = unicodedata.normalize("NFD", t)
        r = "".join(c for c in t if unicodedata.category(c) != "Mn")
        r = unicodedata.normalize("NFC", r)
        _STRIP_CACHE[s] = r
    return r


def cum(weights):
    out, acc = [], 0.0
    for w in weights:
        acc += w
        out.append(acc)
    return out


def csv_field(s):
    if "," in s or '"' in s or "\n" in s:
        return '"' + s.replace('"', '""') + '"'
    return s


def clamp(x, lo, hi):
    return lo if x < lo else hi if x > hi else x


class P:
    """A subscriber: person or organisation."""
    __slots__ = ("idt", "idn", "name", "dob", "g", "nat", "prov", "face", "age", "bprov",
                 "phone", "sur", "org")

    def __init__(self):
        self.phone = None
        self.org = False
        self.face = None


class Dealer:
    __slots__ = ("code", "carrier", "prov", "kind", "devices", "box", "weight")


# Usage profiles for people: (mean missing days, out-call median, in-call median, call sigma,
# out-SMS median, in-SMS median, data-MB median, data sigma, top-up median VND, P(postpaid))
USAGE_PROFILES = {
    "adult": (1.5, 45, 50, .9, 3, 25, 3500, 1.0, 100000, .12),
    "youth": (1.2, 15, 20, 1.0, 4, 30, 8000, .9, 90000, .05),
    "elderly": (3.0, 8, 25, .8, .5, 12, 150, 1.6, 50000, .05),
    "child": (3.0, 10, 15, .8, 1, 8, 300, 1.2, 30000, 0.0),
    "work": (2.0, 120, 90, .7, 6, 30, 2000, 1.0, 200000, .35),
    "data_only": (2.0, 0, 0, 0, 0, 4, 15000, .8, 150000, .3),
    "backup": (24.0, 2, 3, 1.0, .3, 5, 50, 1.5, 10000, .2),
    "fleet": (2.5, 90, 110, .6, 2, 15, 3000, .8, 0, 1.0),
    "staff": (3.0, 60, 55, .8, 3, 20, 2500, .9, 0, 1.0),
}
FRAUD_KINDS = {"never", "normal", "spam", "scam", "otp", "mule"}
FM_GENUINE = [(18, 14, 1.8), (50, 18, 1.6), (65, 13, 1.7), (75, 9, 1.9), (200, 6, 2.0)]
LOCK_STATUSES = ["ONE_WAY_LOCKED", "TWO_WAY_LOCKED", "TERMINATED"]


class Gen:
    def __init__(self, rows, seed, scen_name, out):
        self.N = rows
        self.rng = rng = random.Random(f"indep28|{rows}|{seed}|{scen_name}")
        self.S = S = SCENARIOS[scen_name]
        self.scen = scen_name
        self.era = ERAS[S["era"]]
        self.post08 = self.era["post08"]
        self.stealth = S["stealth"]
        self.jitter = S.get("jitter", .12)
        self.out = out
        # ---- time axis: seconds since 2010-01-01 00:00 (+07:00) ----
        self.BASE_ORD = datetime.date(2010, 1, 1).toordinal()
        d0 = datetime.date.fromisoformat(S["start"])
        self.d0 = d0
        self.ref_ord = d0.toordinal()
        self.ndays = S["days"]
        self.ts0 = (d0.toordinal() - self.BASE_ORD) * 86400
        self.ts1 = self.ts0 + self.ndays * 86400
        self.export_ts = self.ts1 + S.get("lag", 12) * 86400
        self.days = list(range(self.ndays))
        self.H24 = list(range(24))
        self.day_cw = {}
        for kind, dw in DOW.items():
            ws = []
            for i in range(self.ndays):
                w = dw[(d0 + datetime.timedelta(i)).weekday()]
                for b0, bl, m in S.get("bumps", []):
                    if b0 <= i < b0 + bl:
                        w *= m
                ws.append(w)
            self.day_cw[kind] = cum(ws)
        self.hour_cw = {k: cum(v) for k, v in HOUR_PROFILES.items()}
        self._daystr = {}
        # ---- categorical tables ----
        cm = S.get("carrier_mix", CARRIER_MIX)
        self.carr_list = list(cm)
        self.carr_cw = cum(cm.values())
        chm = S.get("channel_mix", CHANNEL_MIX)
        self.chan = {}
        for c in CARRIERS:
            d = dict(chm)
            if c in MVNOS:                     # MVNOs have no own shops
                d["AGENT"] = d.get("AGENT", 0) + d.pop("STORE", 0) * .5
                d["EKYC_APP"] = d.get("EKYC_APP", 0) * 1.4
                d["ONLINE"] = d.get("ONLINE", 0) * 2.0
            self.chan[c] = (list(d), cum(d.values()))
        self.res_cw = cum(pop * MIGRANT_MAGNETS.get(code, 1.0) for code, pop in PROVINCES)
        self.birth_cw = cum(pop / MIGRANT_MAGNETS.get(code, 1.0) ** 2 for code, pop in PROVINCES)
        self.age_bands = [b for b, _ in AGE_BANDS]
        self.age_cw = cum(w for _, w in AGE_BANDS)
        self.sur_list = [s for s, _ in SURNAMES]
        self.sur_cw = cum(w for _, w in SURNAMES)
        self.mid = {}
        for g, tab, common in (("M", MIDDLE_M, "Văn"), ("F", MIDDLE_F, "Thị")):
            names = [n for n, _ in tab]
            old = cum(w for _, w in tab)
            young = cum((w * .25 if n == common else w) for n, w in tab)
            self.mid[g] = (names, old, young)
        self.given = {"M": (GIVEN_M, cum(1.0 / (i + 3) for i in range(len(GIVEN_M)))),
                      "F": (GIVEN_F, cum(1.0 / (i + 3) for i in range(len(GIVEN_F))))}
        self.noise_cw = cum(NOISE_W)
        self.topup_cw = cum(TOPUP_W)
        self.popdb_vals = [v for v, _ in self.era["popdb"]]
        self.popdb_cw = cum(w for _, w in self.era["popdb"])
        # ---- allocators ----
        self.used_ms = set()
        self.used_misc = set()          # CMND9, passports, tax codes
        self.cccd_ctr = {}
        self.box_ctr = {}
        self.icc_off = {}
        self.imsi_off = {}
        self.tac = {}
        self.tac_state = {}
        self.block_state = {}
        seen = set()
        for cls, (n, firsts, zipf) in DEVICE_CLASSES.items():
            tacs = []
            while len(tacs) < n:
                t = rng.choice(firsts) + "%06d" % rng.randrange(10 ** 6)
                if t not in seen:
                    seen.add(t)
                    tacs.append(t)
            self.tac[cls] = (tacs, cum(1.0 / (i + 1) ** zipf for i in range(n)))
        self.central = {}
        self._build_dealers()
        self.special = {}
        self.counts = {}
        self.labels_nolabel = 0
        self.rows = 0
        # ---- output ----
        os.makedirs(out, exist_ok=True)
        self.tmpdir = os.path.join(out, ".indep28_tmp")
        if os.path.isdir(self.tmpdir):
            shutil.rmtree(self.tmpdir)
        os.makedirs(self.tmpdir)
        self.nb = self.ndays + 2
        self.bfiles = [None] * self.nb
        self.lab = open(os.path.join(out, "labels.csv"), "w", encoding="utf-8", newline="",
                        buffering=1 << 20)
        self.lab.write(LABEL_HEADER + "\n")

    # ------------------------------------------------------------------ dealers
    def _build_dealers(self):
        rng = self.rng
        inperson = self.N * .75
        n_total = max(30, int(inperson / 110))
        self.dealers = {}
        self.dealer_pick = {}
        seq = 0
        for c in CARRIERS:
            share = self.carr_share(c)
            n = max(3, int(round(n_total * share)))
            lst = []
            for _ in range(n):
                seq += 1
                kind = "STORE" if (c not in MVNOS and rng.random() < .12) else "AGENT"
                prov = rng.choices(PROV_CODES, cum_weights=self.res_cw)[0]
                w = min(150.0, rng.paretovariate(1.4)) * (2.5 if kind == "STORE" else 1.0)
                lst.append(self._mk_dealer(c, kind, prov, w, seq))
            self.dealers[c] = lst
            for kind in ("STORE", "AGENT"):
                sub = [d for d in lst if d.kind == kind] or lst
                self.dealer_pick[(c, kind)] = (sub, cum(d.weight for d in sub))
            ag = [d for d in lst if d.kind == "AGENT"] or lst
            self.dealer_pick[(c, "UNIFORM")] = (ag, cum(1.0 for _ in ag))

    def _mk_dealer(self, c, kind, prov, w, seq, ndev=None):
        d = Dealer()
        d.carrier, d.kind, d.prov, d.weight = c, kind, prov, w
        d.code = "%s%s%s%05d" % (CARRIER_ABBR[c], "S" if kind == "STORE" else "A", prov, seq)
        if ndev is None:
            ndev = min(8, 1 + int(math.log(w + 1) * .8) + (1 if kind == "STORE" else 0))
        cls = "tablet" if kind == "STORE" else "smart"
        d.devices = [self.imei(cls if self.rng.random() < .8 else "tablet") for _ in range(ndev)]
        d.box = self.new_box(c)
        return d

    def carr_share(self, c):
        i = self.carr_list.index(c) if c in self.carr_list else -1
        if i < 0:
            return 0.0
        prev = self.carr_cw[i - 1] if i > 0 else 0.0
        return (self.carr_cw[i] - prev) / self.carr_cw[-1]

    def pick_dealer(self, c, kind="AGENT"):
        if kind not in ("STORE", "AGENT", "UNIFORM"):
            kind = "AGENT"
        lst, cw = self.dealer_pick[(c, kind)]
        return self.rng.choices(lst, cum_weights=cw)[0]

    def special_dealer(self, tag, c, prov, kind="AGENT", ndev=None):
        key = (tag, c, prov)
        d = self.special.get(key)
        if d is None:
            d = self._mk_dealer(c, kind, prov, 0.0, 50000 + len(self.special), ndev)
            self.special[key] = d
        return d

    # ------------------------------------------------------------------ identifiers
    def new_box(self, carrier):
        rng = self.rng
        opts = CARRIER_MNC[carrier]
        mnc = opts[0][0] if len(opts) == 1 else rng.choices([m for m, _ in opts],
                                                             weights=[w for _, w in opts])[0]
        if mnc not in self.box_ctr:
            self.box_ctr[mnc] = rng.randrange(1000)
            self.icc_off[mnc] = rng.randrange(10 ** 9)
            self.imsi_off[mnc] = rng.randrange(10 ** 7)
        k = self.box_ctr[mnc]
        self.box_ctr[mnc] = k + 1 + (rng.randrange(3) == 0)
        return [mnc, k, 0, carrier]

    def take_kit(self, box):
        if box[2] >= 100:
            nb = self.new_box(box[3])
            box[0], box[1], box[2] = nb[0], nb[1], 0
        mnc, k, off = box[0], box[1], box[2]
        box[2] = off + 1
        if mnc in ICCID20:
            acct = ((k * 7919 + self.icc_off[mnc]) % 10 ** 11) * 100 + off
            payload = "8984%s%013d" % (mnc, acct)
        else:
            acct = ((k * 7919 + self.icc_off[mnc]) % 10 ** 10) * 100 + off
            payload = "8984%s%012d" % (mnc, acct)
        msin = ((k * 104729 + self.imsi_off[mnc]) % 10 ** 8) * 100 + off
        return payload + luhn_digit(payload), "452%s%010d" % (mnc, msin)

    def central_box(self, carrier):
        b = self.central.get(carrier)
        if b is None:
            b = self.central[carrier] = self.new_box(carrier)
        return b

    def legacy_box(self, carrier):
        key = "legacy:" + carrier
        b = self.central.get(key)
        if b is None:
            b = self.central[key] = self.new_box(carrier)
        return b

    def new_ms(self, carrier):
        rng = self.rng
        src = carrier
        if rng.random() < PORT_IN_RATE:
            src = rng.choice(BIG3 + ("VIETNAMOBILE",))
        pre = rng.choice(MSISDN_PREFIX[src])
        nd = 9 - len(pre)
        base = int(pre) * 10 ** nd
        used = self.used_ms
        while True:
            n = base + rng.randrange(10 ** nd)
            if n not in used:
                used.add(n)
                return n

    def ms_run(self, carrier, n):
        """n consecutive free numbers (a dealer's or an enterprise's number block)."""
        rng = self.rng
        used = self.used_ms
        for _ in range(200):
            pre = rng.choice(MSISDN_PREFIX[carrier])
            nd = 9 - len(pre)
            start = int(pre) * 10 ** nd + rng.randrange(10 ** nd - n - 1)
            if all((start + i) not in used for i in range(n)):
                out = list(range(start, start + n))
                used.update(out)
                return out
        return [self.new_ms(carrier) for _ in range(n)]

    def imei(self, cls):
        rng = self.rng
        tacs, cw = self.tac[cls]
        tac = rng.choices(tacs, cum_weights=cw)[0]
        st = self.tac_state.get(tac)
        while st is None or st[0] >= 500000:
            if st is None:
                st = self.tac_state[tac] = [0, rng.randrange(500000)]
                break
            tac = rng.choice(tacs)                 # model exhausted: another model
            st = self.tac_state.get(tac)
        k = st[0]
        st[0] = k + 1
        p = "%s%06d" % (tac, ((k * 7919 + st[1]) % 500000) * 2)
        return p + luhn_digit(p)

    def imei_pair(self, cls="smart"):
        a = self.imei(cls)
        p = a[:8] + "%06d" % (int(a[8:14]) + 1)
        return a, p + luhn_digit(p)

    def imei_block(self, cls, n):
        """n consecutive IMEIs of one TAC (gateway ports, modem pools, IoT module batches)."""
        rng = self.rng
        tacs, cw = self.tac[cls]
        for _ in range(100):
            tac = rng.choices(tacs, cum_weights=cw)[0]
            nxt = self.block_state.get(tac)
            if nxt is None:
                nxt = rng.randrange(200000)
            if nxt + n < 1000000:
                break
        else:
            return [self.imei("smart") for _ in range(n)]
        self.block_state[tac] = nxt + n + rng.randrange(3000)
        out = []
        for i in range(n):
            p = "%s%06d" % (tac, nxt + i)
            out.append(p + luhn_digit(p))
        return out

    def own_phone(self, p):
        if p.phone is None:
            r = self.rng.random()
            feat = (p.age >= 65 and r < .5) or r < .03
            p.phone = self.imei("feature" if feat else "smart")
        return p.phone

    def cccd(self, bprov, by, g, fab=False):
        G = ((by - 1900) // 100) * 2 + (1 if g == "F" else 0)
        yy = by % 100
        key = (bprov, G, yy)
        st = self.cccd_ctr.get(key)
        if st is None:
            st = self.cccd_ctr[key] = [0, 0, self.rng.randrange(10 ** 6)]
        if fab:
            k = 999999 - st[1]
            st[1] += 1
        else:
            k = st[0]
            st[0] += 1
        return "%s%d%02d%06d" % (bprov, G, yy, (k * 7919 + st[2]) % 10 ** 6)

    def cmnd9(self):
        rng = self.rng
        while True:
            s = rng.choice(CMND_PREFIXES) + "%07d" % rng.randrange(10 ** 7)
            if s not in self.used_misc:
                self.used_misc.add(s)
                return s

    def passport(self, nat):
        rng = self.rng
        L = "ABCDEFGHJKLMNPRSTUVWXYZ"
        while True:
            if nat == "KR":
                s = "M%08d" % rng.randrange(10 ** 8)
            elif nat == "CN":
                s = "E%08d" % rng.randrange(10 ** 8)
            elif nat in ("US", "GB", "TW", "RU"):
                s = "%09d" % rng.randrange(10 ** 8, 10 ** 9)
            elif nat == "JP":
                s = rng.choice("TMR") + rng.choice(L) + "%07d" % rng.randrange(10 ** 7)
            elif nat == "CA":
                s = rng.choice(L) + rng.choice(L) + "%06d" % rng.randrange(10 ** 6)
            elif nat == "FR":
                s = "%02d%s%s%05d" % (rng.randrange(100), rng.choice(L), rng.choice(L),
                                      rng.randrange(10 ** 5))
            else:                            # incl. Vietnamese: one letter + 7 digits
                s = rng.choice("BCNP" if nat == "VN" else L) + "%07d" % rng.randrange(10 ** 7)
            if s not in self.used_misc:
                self.used_misc.add(s)
                return s

    def tax_code(self):
        rng = self.rng
        while True:
            s = "0%09d" % rng.randrange(10 ** 8, 10 ** 9)
            if rng.random() < .12:
                s += "-%03d" % rng.randint(1, 30)
            if s not in self.used_misc:
                self.used_misc.add(s)
                return s

    # ------------------------------------------------------------------ time
    def t_prof(self, prof, day=None):
        rng = self.rng
        if day is None:
            day = rng.choices(self.days, cum_weights=self.day_cw[PROFILE_DAYKIND[prof]])[0]
        h = rng.choices(self.H24, cum_weights=self.hour_cw[prof])[0]
        return self.ts0 + day * 86400 + h * 3600 + rng.randrange(3600)

    def day_of(self, ts):
        return (ts - self.ts0) // 86400

    def clampts(self, ts):
        return self.ts0 if ts < self.ts0 else (self.ts1 - 1 if ts >= self.ts1 else ts)

    def fmt_ts(self, ts):
        d, r = divmod(ts, 86400)
        ds = self._daystr.get(d)
        if ds is None:
            ds = self._daystr[d] = datetime.date.fromordinal(d + self.BASE_ORD).isoformat()
        h, r = divmod(r, 3600)
        m, s = divmod(r, 60)
        return "%sT%02d:%02d:%02d+07:00" % (ds, h, m, s)

    # ------------------------------------------------------------------ categorical draws
    def pick_carrier(self):
        return self.rng.choices(self.carr_list, cum_weights=self.carr_cw)[0]

    def pick_channel(self, c):
        lst, cw = self.chan[c]
        return self.rng.choices(lst, cum_weights=cw)[0]

    def res_prov(self):
        return self.rng.choices(PROV_CODES, cum_weights=self.res_cw)[0]

    def birth_prov(self, res=None):
        rng = self.rng
        if res is not None and rng.random() >= BORN_ELSEWHERE.get(res, .12):
            return res
        return rng.choices(PROV_CODES, cum_weights=self.birth_cw)[0]

    def draw_age(self, lo=None, hi=None):
        rng = self.rng
        if lo is not None:
            return rng.randint(lo, hi)
        a, b = rng.choices(self.age_bands, cum_weights=self.age_cw)[0]
        return rng.randint(a, b)

    def cluster_stealth(self):
        s = self.stealth + (self.rng.gauss(0, self.jitter) if self.jitter else 0.0)
        return clamp(s, 0.0, 1.0)

    # ------------------------------------------------------------------ people
    def vn_name(self, g, by, sur):
        rng = self.rng
        names, old, young = self.mid[g]
        mcw = young if by >= 1995 else old
        mid = rng.choices(names, cum_weights=mcw)[0]
        gl, gcw = self.given[g]
        given = rng.choices(gl, cum_weights=gcw)[0]
        if by >= 1990 and rng.random() < .15:
            mid2 = rng.choices(names, cum_weights=young)[0]
            if mid2 != mid and mid2 != given:
                return "%s %s %s %s" % (sur, mid, mid2, given)
        if mid == given:
            given = rng.choice(gl)
        return "%s %s %s" % (sur, mid, given)

    def person(self, age=None, g=None, res=None, bprov=None, sur=None, idt=None, fab=False):
        rng = self.rng
        p = P()
        if age is None:
            age = self.draw_age()
        p.age = age
        p.g = g or ("M" if rng.random() < .5 else "F")
        bd = datetime.date.fromordinal(self.ref_ord - int(age * 365.2425) - rng.randrange(365))
        p.dob = bd.isoformat()
        p.nat = "VN"
        p.prov = res or self.res_prov()
        p.bprov = bprov or self.birth_prov(p.prov)
        p.sur = sur or rng.choices(self.sur_list, cum_weights=self.sur_cw)[0]
        p.name = self.vn_name(p.g, bd.year, p.sur)
        p.face = rng.getrandbits(64)
        if idt is None:
            cs = self.era["cmnd_share"]
            idt = "CMND" if (cs and age >= 18 and rng.random() < cs) else "CCCD"
        p.idt = idt
        p.idn = self.cmnd9() if idt == "CMND" else self.cccd(p.bprov, bd.year, p.g, fab)
        return p

    def foreigner(self, nat, age=None, prov=None):
        rng = self.rng
        p = P()
        p.age = age or rng.randint(20, 65)
        p.g = "M" if rng.random() < .5 else "F"
        bd = datetime.date.fromordinal(self.ref_ord - int(p.age * 365.2425) - rng.randrange(365))
        p.dob = bd.isoformat()
        p.nat = nat
        p.prov = prov or self.res_prov()
        p.bprov = None
        p.sur = None
        p.face = rng.getrandbits(64)
        if nat == "VN":                       # overseas Vietnamese on a VN passport
            p.name = self.vn_name(p.g, bd.year,
                                  rng.choices(self.sur_list, cum_weights=self.sur_cw)[0])
        else:
            sur, gm, gf, order = FOREIGN_NAMES[NAT_STYLE.get(nat, "SEA")]
            given = rng.choice(gm if p.g == "M" else gf)
            s = rng.choice(sur)
            if order == "SG":
                p.name = "%s %s" % (s, given)
            else:
                p.name = "%s %s" % (given, s)
            if nat == "RU" and p.g == "F":
                p.name += "A"
        p.idt = "PASSPORT"
        p.idn = self.passport(nat)
        return p

    def org(self, kind, prov=None):
        rng = self.rng
        p = P()
        p.org = True
        p.age = 0
        p.g = ""
        p.dob = ""
        p.nat = "VN"
        p.prov = prov or self.res_prov()
        p.idt = "ORG"
        p.idn = self.tax_code()
        w1 = rng.choice(ORG_WORDS)
        sec = rng.choice(ORG_SECTORS[kind])
        form = rng.choice(ORG_FORMS)
        r = rng.random()
        if r < .08:
            p.name = '%s %s "%s"' % (form, sec, w1)
        elif r < .16:
            p.name = "%s %s %s, Chi nhánh %s" % (form, sec, w1, rng.choice(
                ["Hà Nội", "Đà Nẵng", "TP. Hồ Chí Minh", "Cần Thơ", "Hải Phòng"]))
        else:
            p.name = "%s %s %s" % (form, sec, w1)
        return p

    def render_name(self, p, carrier):
        if p.nat != "VN" or p.org:
            return p.name
        pu, pn, pun = NAME_STYLE.get(carrier, NAME_STYLE_DEFAULT)
        r = self.rng.random()
        if r < pu:
            return p.name.upper()
        r -= pu
        if r < pn:
            return strip_diacritics(p.name)
        r -= pn
        if r < pun:
            return strip_diacritics(p.name).upper()
        return p.name

    # ------------------------------------------------------------------ faces
    def capture(self, face, kmax=None):
        rng = self.rng
        k = rng.choices(NOISE_K, cum_weights=self.noise_cw)[0]
        if kmax is not None and k > kmax:
            k = kmax
        m = 0
        while m.bit_count() < k:
            m |= 1 << rng.randrange(64)
        return face ^ m

    def fm(self, mode, age=40, channel="STORE"):
        rng = self.rng
        if mode == "genuine":
            for lim, a, b in FM_GENUINE:
                if age < lim:
                    break
            if channel == "EKYC_APP" or channel == "ONLINE":
                a *= .85
            return rng.betavariate(a, b)
        if mode == "impostor":
            return rng.betavariate(3, 6)
        if mode == "relative":
            return rng.betavariate(5, 4)
        if mode == "replay":
            return rng.betavariate(30, 1.2)
        if mode == "deepfake":
            return rng.betavariate(16, 1.8)
        return rng.uniform(0, .15)             # flower / object photo

    def has_face(self, channel):
        return self.rng.random() < self.era["face_cov"].get(channel, 1.0)

    # ------------------------------------------------------------------ outcomes
    def popdb_legit(self):
        return self.rng.choices(self.popdb_vals, cum_weights=self.popdb_cw)[0]

    def status_legit(self):
        r = self.rng.random()
        if self.post08:
            lk = (.05, .008, .012)
        else:
            lk = (.018, .005, .012)
        if r < lk[0]:
            return "ONE_WAY_LOCKED"
        r -= lk[0]
        if r < lk[1]:
            return "TWO_WAY_LOCKED"
        r -= lk[1]
        if r < lk[2]:
            return "TERMINATED"
        return "" if r > .97 else "ACTIVE"

    def status_fraud(self, p_lock):
        rng = self.rng
        if self.post08:
            p_lock = min(.95, p_lock + .15)    # victims never confirm on VNeID
        if rng.random() < p_lock:
            return rng.choices(LOCK_STATUSES, weights=(.5, .3, .2))[0]
        return "ACTIVE"

    def usage_known(self, carrier, ts):
        return (self.export_ts - ts >= 30 * 86400 and
                self.rng.random() < USAGE_COVERAGE.get(carrier, USAGE_COVERAGE_DEFAULT))

    def topup(self, target):
        rng = self.rng
        target *= rng.lognormvariate(0, .5)
        amt = 0
        n = 0
        while amt < target and n < 40:
            amt += rng.choices(TOPUP_DENOMS, cum_weights=self.topup_cw)[0]
            n += 1
        return amt

    def usage_person(self, kind):
        rng = self.rng
        g = rng.gauss
        if kind == "tourist":
            act = rng.randint(2, 16)
            f = act / 30
            oc = int(2 * f * math.exp(g(0, 1)))
            return (act, oc, int(1.5 * f * math.exp(g(0, 1))),
                    rng.randint(0, 3), rng.randint(1, 12), min(oc, rng.randint(0, 3)), 0,
                    int(6000 * f * 2 * math.exp(.8 * g(0, 1))))
        if kind == "iot":
            return (rng.randint(27, 30), 0, 0,
                    int(20 * math.exp(g(0, 1))) if rng.random() < .6 else 0,
                    rng.randint(0, 6), 0, 0, int(25 * math.exp(g(0, 1))))
        if kind == "callcentre":
            oc = int(1200 * math.exp(.5 * g(0, 1)))
            return (rng.randint(20, 27), oc, int(80 * math.exp(.6 * g(0, 1))),
                    rng.randint(0, 10), rng.randint(0, 20), int(oc * rng.uniform(.75, .95)),
                    0, rng.randint(0, 100))
        miss, om, im, sc, osm, ism, dm, sd, tm, pp = USAGE_PROFILES[kind]
        act = 30 - min(29, int(rng.expovariate(1.0 / miss)))
        f = act / 30.0
        z = g(0, 1)
        oc = int(om * f * math.exp(sc * (.8 * z + .6 * g(0, 1)))) if om else 0
        ic = int(im * f * math.exp(sc * (.7 * z + .71 * g(0, 1)))) if im else 0
        dc = min(oc, int(oc ** .72 * rng.uniform(.8, 1.6))) if oc else 0
        osms = int(osm * f * math.exp(1.1 * g(0, 1))) if (osm and rng.random() < .7) else 0
        isms = int(ism * f * math.exp(.7 * g(0, 1))) + osms // 2
        data = int(dm * f * math.exp(sd * (.4 * z + .9 * g(0, 1)))) if dm else 0
        tp = 0 if (not tm or rng.random() < pp) else self.topup(tm * math.exp(.3 * z) * f)
        return (act, oc, ic, osms, isms, dc, tp, data)

    def usage_fraud(self, kind, s_usage):
        rng = self.rng
        g = rng.gauss
        ln = math.log
        if kind == "never":
            return (0, 0, 0, 0, 0, 0, 0, 0)
        if kind == "normal":
            return self.usage_person("adult" if rng.random() < .6 else "youth")
        if rng.random() < s_usage * .85:       # imitation of ordinary users
            act, oc, ic, os_, is_, dc, tp, dm = self.usage_person(
                "adult" if rng.random() < .6 else "youth")
            if kind in ("spam", "scam"):
                oc = int(oc * rng.uniform(1.3, 2.6)) + rng.randint(5, 40)
                dc = min(oc, int(dc * rng.uniform(1.5, 3.0)) + 3)
            elif kind == "otp":
                is_ += int(rng.lognormvariate(ln(35), .6))
                oc, dc = oc // 3, dc // 3
            elif kind == "mule":
                is_ += int(rng.lognormvariate(ln(15), .6))
                oc, dc, dm = oc // 2, dc // 2, dm // 3
            return (act, oc, ic, os_, is_, dc, tp, dm)
        if kind == "spam":
            oc = int(rng.lognormvariate(ln(900), .7))
            os_ = int(rng.lognormvariate(ln(1500), .8)) if rng.random() < .3 else rng.randint(0, 5)
            return (rng.randint(2, 15), oc, int(oc * rng.uniform(.01, .06)), os_,
                    rng.randint(1, 12), int(oc * rng.uniform(.85, .99)),
                    self.topup(300000), rng.randint(0, 20))
        if kind == "scam":
            oc = int(rng.lognormvariate(ln(250), .7))
            return (rng.randint(4, 25), oc, int(rng.lognormvariate(ln(20), .8)),
                    int(rng.lognormvariate(ln(5), 1)), int(rng.lognormvariate(ln(15), .8)),
                    int(oc * rng.uniform(.7, .92)), self.topup(200000),
                    int(rng.lognormvariate(ln(800), 1)))
        if kind == "otp":
            oc = rng.randint(0, 1)
            return (rng.randint(6, 30), oc, rng.randint(0, 2), 0,
                    int(rng.lognormvariate(ln(120), .8)), oc,
                    rng.choice((0, 0, 10000, 20000)), rng.randint(0, 8))
        # mule
        oc = rng.randint(0, 6)
        return (rng.randint(2, 15), oc, rng.randint(0, 6), rng.randint(0, 2),
                int(rng.lognormvariate(ln(40), .6)), min(oc, rng.randint(0, 3)),
                rng.choice((0, 0, 20000)), int(rng.lognormvariate(ln(30), 1)))

    # ------------------------------------------------------------------ output
    def ms_style(self, carrier):
        opts = MSISDN_STYLE.get(carrier, MSISDN_STYLE_DEFAULT)
        if len(opts) == 1:
            return opts[0][0]
        r = self.rng.random()
        for s, w in opts:
            if r < w:
                return s
            r -= w
        return opts[-1][0]

    def emit(self, carrier, ms, kit, p, ts, channel, agent, dev, selfie, fm, popdb, status,
             fu, usage, junk, non, pattern, label=True, style=None):
        rng = self.rng
        norm = "84%09d" % ms
        style = style or self.ms_style(carrier)
        msd = norm if style == "84" else ("0%09d" % ms if style == "0" else "+" + norm)
        if p.org:
            sub = "ORGANIZATION"
            g = ""
            nat = "VN"
        else:
            sub = "" if rng.random() < .04 else "INDIVIDUAL"
            g = "" if rng.random() < .03 else p.g
            nat = p.nat if (p.nat != "VN" or rng.random() < .85) else ""
        fields = [carrier, msd, kit[1], kit[0], sub, p.idt, p.idn,
                  csv_field(self.render_name(p, carrier)), p.dob, g, nat, p.prov,
                  self.fmt_ts(ts), channel, agent, dev or "",
                  "%016x" % selfie if selfie is not None else "",
                  "%.3f" % fm if fm is not None else "", popdb, status, fu or ""]
        if usage is not None:
            fields.extend(map(str, usage))
        else:
            fields.extend(("",) * 8)
        b = (ts - self.ts0) // 86400 + 1
        if b < 0:
            b = 0
        elif b >= self.nb:
            b = self.nb - 1
        f = self.bfiles[b]
        if f is None:
            f = self.bfiles[b] = open(os.path.join(self.tmpdir, "b%04d" % b), "w",
                                      encoding="utf-8", newline="", buffering=1 << 16)
        f.write("%011d\t%s\n" % (ts, ",".join(fields)))
        self.rows += 1
        if label:
            self.lab.write("%s,%s,%d,%d,%s\n" % (carrier, norm, junk, non, pattern))
            self.counts[pattern] = self.counts.get(pattern, 0) + 1

    # ------------------------------------------------------------------ one registration
    def reg(self, p, carrier, channel, ts, dealer=None, dev=None, ukind="adult",
            pattern="legit_single", presenter=None, fm_mode="genuine", popdb=None, fu=None,
            status=None, ms=None, kit=None, junk=0, non=0, s_usage=0.0, selfie=-1, fm=None,
            force_face=False, label=True, style=None, no_usage=False, agent_override=None, old=False):
        """Emit one subscription row.  selfie=-1: draw a capture (subject to the channel's
        face coverage) of presenter's (default: subscriber's) face; None: no face data."""
        rng = self.rng
        if (ts < self.ts0 and not old) or ts >= self.ts1:
            ts = self.clampts(ts)
        agent = dealer.code if dealer is not None else (agent_override or "")
        if dev is None:
            if dealer is not None:
                dev = rng.choice(dealer.devices)
            elif channel == "EKYC_APP":
                dev = self.own_phone(presenter or p)
            else:
                dev = self.own_phone(presenter or p) if rng.random() < .55 else ""
        if kit is None:
            kit = self.take_kit(dealer.box if dealer is not None else self.central_box(carrier))
        if ms is None:
            ms = self.new_ms(carrier)
        if p.org:
            selfie = fm = None
        elif selfie == -1:
            if force_face or self.has_face(channel):
                who = presenter or p
                selfie = self.capture(who.face)
                fm = self.fm(fm_mode, who.age, channel)
            else:
                selfie = fm = None
        if popdb is None:
            popdb = "" if p.org else ("UNCHECKED" if p.idt == "PASSPORT" else self.popdb_legit())
        if status is None:
            status = self.status_legit()
        if ukind == "never":
            fu = ""
        elif fu is None:
            fu = self.own_phone(p)
        usage = None
        if not no_usage and self.usage_known(carrier, ts):
            if ukind in FRAUD_KINDS:
                usage = self.usage_fraud(ukind, s_usage)
            else:
                usage = self.usage_person(ukind)
        self.emit(carrier, ms, kit, p, ts, channel, agent, dev, selfie, fm, popdb, status, fu,
                  usage, junk, non, pattern, label, style)

    def kind_for(self, age):
        r = self.rng.random()
        if age < 25:
            return "youth" if r < .75 else "adult"
        if age < 60:
            return "work" if r < .1 else "adult"
        return "elderly" if r < .6 else "adult"

    def shop_or_app(self, c, ch=None):
        """(channel, dealer) for carrier c."""
        ch = ch or self.pick_channel(c)
        if ch in ("STORE", "AGENT"):
            if ch == "STORE" and c in MVNOS:
                ch = "AGENT"
            return ch, self.pick_dealer(c, ch)
        return ch, None

    # ================================================================== legitimate groups
    def g_single(self, b):
        rng = self.rng
        c = self.pick_carrier()
        ch, d = self.shop_or_app(c)
        res = d.prov if (d is not None and rng.random() < .88) else None
        p = self.person(res=res)
        self.reg(p, c, ch, self.t_prof(ch), d, ukind=self.kind_for(p.age))
        return 1

    def g_multi(self, b):
        rng = self.rng
        k = min(b, rng.choices([x for x, _ in MULTI_K], weights=[w for _, w in MULTI_K])[0])
        p = self.person(age=self.draw_age(20, 62))
        dual = self.imei_pair("smart")
        p.phone = dual[0]
        c0 = self.pick_carrier()
        app_count = {}
        prev = None
        for i in range(k):
            role = "main" if i == 0 else rng.choices(
                ("work", "data_only", "backup", "second"), weights=(.35, .3, .25, .1))[0]
            if prev is not None and rng.random() < .3:          # same shop visit
                c, ch, d = prev[0], prev[1], prev[2]
                ts = prev[3] + rng.randint(90, 900)
            else:
                c = c0 if (i == 0 or rng.random() < .55) else self.pick_carrier()
                ch, d = self.shop_or_app(c)
                ts = self.t_prof(ch)
            if ch in ("EKYC_APP", "ONLINE"):
                if app_count.get(c, 0) >= 3:     # Decree 163 art.16: 4th+ in person
                    ch, d = self.shop_or_app(c, "STORE")
                    ts = self.t_prof(ch)
                else:
                    app_count[c] = app_count.get(c, 0) + 1
            pattern = "legit_multi_sim"
            if role == "main":
                uk, fu = self.kind_for(p.age), dual[0]
                if uk == "elderly":
                    uk = "adult"
            elif role == "second":
                uk, fu = "adult", dual[1]
            elif role == "work":
                uk, fu = "work", (dual[1] if rng.random() < .6 else self.imei("smart"))
            elif role == "data_only":
                uk, fu = "data_only", self.imei("mifi" if rng.random() < .5 else "tablet")
                pattern = "legit_data_only"
            else:
                uk, fu = "backup", (dual[1] if rng.random() < .5 else self.imei("smart"))
                pattern = "legit_backup_sim"
            self.reg(p, c, ch, ts, d, dev=(dual[0] if ch == "EKYC_APP" else None), ukind=uk,
                     pattern=pattern, fu=fu)
            prev = (c, ch, d, ts) if d is not None else None
        return k

    def g_family(self, b):
        rng = self.rng
        size = rng.choices([s for s, _ in HOUSEHOLD], weights=[w for _, w in HOUSEHOLD])[0]
        res = self.res_prov()
        A = rng.randint(30, 58)
        father = self.person(age=A, g="M", res=res)
        mother = self.person(age=int(clamp(A + round(rng.gauss(-2.5, 3)), 24, 80)), g="F",
                             res=res)
        members = [father, mother]
        gp = None
        if size >= 3 and rng.random() < .3:
            gp = self.person(age=min(95, A + rng.randint(22, 32)), res=res, bprov=father.bprov,
                             sur=father.sur, g="M" if rng.random() < .4 else "F")
        nk = size - 2 - (1 if gp else 0)
        kids = []
        for i in range(nk):
            age = A - rng.randint(22, 33) - 2 * i
            if age < 3:
                break
            if age >= 14:
                kids.append(self.person(age=age, res=res, sur=father.sur,
                                        bprov=res if rng.random() < .8 else father.bprov))
            else:
                kid = P()
                kid.age = age
                kid.idt = None
                kids.append(kid)
        regs = [(father, .85), (mother, .85)] + [(k, .8 if k.age >= 14 else .5) for k in kids]
        if gp:
            regs.append((gp, .7))
        chosen = [m for m, pr in regs if rng.random() < pr]
        if len(chosen) < 2:
            chosen = [father, mother]
        chosen = chosen[:b]
        c = self.pick_carrier()
        app = rng.random() < .45
        if app:
            adults = [k for k in kids if k.age >= 18] or [mother, father]
            helper = rng.choice(adults)
            ch, d = "EKYC_APP", None
            dev = self.own_phone(helper)
            ts = self.t_prof(ch)
        else:
            ch, d = self.shop_or_app(c, "STORE" if rng.random() < .4 else "AGENT")
            dev = rng.choice(d.devices)
            ts = self.t_prof(ch)
        app_count = {}
        n = 0
        for m in chosen:
            cc = c if rng.random() < .8 else self.pick_carrier()
            dd = d
            if d is not None and cc != c:
                dd = None
                chh, dd = self.shop_or_app(cc, ch)
            else:
                chh = ch
            if m.idt is None:                       # child under 14: guardian's SIM
                guardian = mother if rng.random() < .6 else father
                key = guardian.idn
                if app and app_count.get(key, 0) >= 3:
                    continue
                app_count[key] = app_count.get(key, 0) + 1
                self.reg(guardian, cc, chh, ts, dd, dev=dev if dd is d else None, ukind="child",
                         pattern="legit_child_guardian",
                         fu=self.imei("smart" if rng.random() < .6 else "feature"))
            else:
                app_count[m.idn] = app_count.get(m.idn, 0) + 1
                self.reg(m, cc, chh, ts, dd, dev=dev if dd is d else None,
                         ukind=self.kind_for(m.age), pattern="legit_family_group")
            n += 1
            ts += rng.randint(120, 600) if app else rng.randint(60, 400)
        return n if n else self.g_single(b)

    def g_elderly(self, b):
        rng = self.rng
        c = self.pick_carrier()
        r = rng.random()
        if r < .4 or b < 2:                        # relative registers grandma on own phone
            elder = self.person(age=rng.randint(70, 92))
            rel = self.person(age=rng.randint(25, 50), res=elder.prov,
                              sur=elder.sur if rng.random() < .5 else None)
            ts = self.t_prof("EKYC_APP")
            self.reg(elder, c, "EKYC_APP", ts, None, dev=self.own_phone(rel), ukind="elderly",
                     pattern="legit_elderly_assisted",
                     fu=self.imei("feature" if rng.random() < .7 else "smart"))
            n = 1
            if b >= 2 and rng.random() < .5:
                self.reg(rel, c, "EKYC_APP", ts + rng.randint(60, 500), None,
                         dev=self.own_phone(rel), ukind=self.kind_for(rel.age),
                         pattern="legit_family_group")
                n = 2
            return n
        if r < .75:                                # shop staff helps one elderly customer
            ch, d = self.shop_or_app(c, "STORE" if rng.random() < .4 else "AGENT")
            elder = self.person(age=rng.randint(68, 92), res=d.prov)
            self.reg(elder, c, ch, self.t_prof(ch), d, ukind="elderly",
                     pattern="legit_elderly_assisted",
                     fu=self.imei("feature" if rng.random() < .7 else "smart"))
            return 1
        # commune outreach day: a burst of elderly registrations at one point of sale
        ch, d = self.shop_or_app(c, "STORE" if rng.random() < .3 else "AGENT")
        n = min(b, rng.randint(8, 40))
        day = rng.choices(self.days, cum_weights=self.day_cw["shop"])[0]
        ts = self.ts0 + day * 86400 + 8 * 3600 + rng.randrange(3600)
        devs = d.devices[:2]
        for i in range(n):
            elder = self.person(age=rng.randint(65, 92), res=d.prov,
                                bprov=d.prov if rng.random() < .9 else None)
            self.reg(elder, c, ch, ts, d, dev=rng.choice(devs), ukind="elderly",
                     pattern="legit_elderly_assisted",
                     fu=self.imei("feature" if rng.random() < .7 else "smart"))
            ts += rng.randint(120, 900)
        return n

    def g_org(self, b, kind):
        rng = self.rng
        med = {"iot": 120, "fleet": 60, "callcentre": 120, "staff": 25}[kind]
        size = int(clamp(rng.lognormvariate(math.log(med), .9), 5, 2000))
        size = min(size, b)
        c = rng.choice(BIG3) if rng.random() < .9 else self.pick_carrier()
        if c not in self.carr_list:
            c = self.pick_carrier()
        o = self.org(kind)
        desk = self.special_dealer("ENT", c, o.prov, "AGENT" if c in MVNOS else "STORE", 2)
        ch = desk.kind
        seq_ms = kind in ("iot", "callcentre") and rng.random() < .65
        mss = self.ms_run(c, size) if seq_ms else None
        box = self.new_box(c)
        if kind == "iot":
            fus = self.imei_block("iot", size)
        elif kind == "callcentre":
            fus = []
            while len(fus) < size:
                ports = rng.choice((8, 16, 32))
                if rng.random() < .7:
                    fus.extend(self.imei_block("gateway", ports))
                else:
                    fus.extend([self.imei_block("gateway", 1)[0]] * ports)
        else:
            fus = [self.imei("smart") for _ in range(size)]
        uk = {"iot": "iot", "fleet": "fleet", "callcentre": "callcentre", "staff": "staff"}[kind]
        pattern = "legit_org_" + kind
        per_sess = max(1, int(math.ceil(size / (1 + size // 250))))
        ts = self.t_prof("OFFICE")
        dev = desk.devices[0]
        for i in range(size):
            if i and i % per_sess == 0:
                ts = self.t_prof("OFFICE")
            self.reg(o, c, ch, ts, desk, dev=dev, ukind=uk, pattern=pattern, fu=fus[i],
                     ms=mss[i] if mss else None, kit=self.take_kit(box), popdb="")
            ts += rng.randint(4, 40)
        return size

    def g_students(self, b):
        rng = self.rng
        if rng.random() < .7:                       # campus booth session
            city = rng.choices([x for x, _ in UNIVERSITY_CITIES],
                               weights=[w for _, w in UNIVERSITY_CITIES])[0]
            c = rng.choices(BIG3, weights=(.5, .25, .25))[0]
            if c not in self.carr_list:
                c = self.pick_carrier()
            booth = self.special_dealer("CAMPUS", c, city, "AGENT", rng.randint(2, 3))
            n = min(b, int(clamp(rng.lognormvariate(math.log(50), .6), 15, 180)))
            ts = self.t_prof("CAMPUS")
            for i in range(n):
                age = rng.choices((18, 19, 20, 21, 22), weights=(60, 25, 8, 4, 3))[0]
                home = rng.choices(PROV_CODES, cum_weights=self.birth_cw)[0]
                s = self.person(age=age, res=city if rng.random() < .6 else home, bprov=home)
                self.reg(s, c, "AGENT", ts, booth, ukind="youth", pattern="legit_student_group")
                ts += int(rng.expovariate(1 / 150.0)) + 20
                if (ts - self.ts0) % 86400 > 18 * 3600:
                    ts += 14 * 3600 + rng.randrange(3600)
            return n
        c = self.pick_carrier()                      # a few friends buy together
        ch, d = self.shop_or_app(c, "AGENT")
        n = min(b, rng.randint(3, 6))
        home = self.birth_prov()
        ts = self.t_prof(ch)
        for i in range(n):
            s = self.person(age=rng.randint(18, 23), res=d.prov,
                            bprov=home if rng.random() < .5 else None)
            self.reg(s, c, ch, ts, d, ukind="youth", pattern="legit_student_group")
            ts += rng.randint(60, 300)
        return n

    def g_tourists(self, b):
        rng = self.rng
        ap = rng.choices([x for x, _ in AIRPORTS], weights=[w for _, w in AIRPORTS])[0]
        c = rng.choices(BIG3, weights=(.45, .3, .25))[0]
        if c not in self.carr_list:
            c = self.pick_carrier()
        kiosk = self.special_dealer("AIRPORT", c, ap, "STORE" if rng.random() < .4 else "AGENT",
                                    2)
        nats = [x for x, _ in TOURIST_NATS]
        nw = [w for _, w in TOURIST_NATS]
        dom = rng.choices(nats, weights=nw)[0]
        n = min(b, rng.randint(4, 35))
        ts0 = self.t_prof("AIRPORT")
        for i in range(n):
            r = rng.random()
            nat = dom if r < .7 else ("VN" if r < .75 else rng.choices(nats, weights=nw)[0])
            p = self.foreigner(nat, age=rng.randint(18, 70), prov=ap)
            self.reg(p, c, kiosk.kind, ts0 + rng.randrange(3600), kiosk, ukind="tourist",
                     pattern="legit_tourist_passport", popdb="UNCHECKED")
        return n

    def g_foreign_workers(self, b):
        rng = self.rng
        zone = rng.choices([x for x, _ in INDUSTRIAL], weights=[w for _, w in INDUSTRIAL])[0]
        c = rng.choices(BIG3, weights=(.5, .25, .25))[0]
        if c not in self.carr_list:
            c = self.pick_carrier()
        d = self.special_dealer("IZ", c, zone, "AGENT", 2)
        nat = rng.choices([x for x, _ in WORKER_NATS], weights=[w for _, w in WORKER_NATS])[0]
        n = min(b, rng.randint(8, 60))
        ts = self.t_prof("OFFICE")
        for i in range(n):
            p = self.foreigner(nat, age=rng.randint(21, 50), prov=zone)
            self.reg(p, c, "AGENT", ts, d, ukind="adult", pattern="legit_foreign_worker",
                     popdb="UNCHECKED")
            ts += rng.randint(60, 300)
        return n

    def old_ts(self, y0=2016, y1=None, before_days=200):
        """A timestamp years before the window (legacy subscriptions)."""
        rng = self.rng
        lo = datetime.date(y0, 1, 1).toordinal()
        hi = self.ref_ord - before_days
        if y1 is not None:
            hi = min(hi, datetime.date(y1, 12, 31).toordinal())
        day = rng.randint(lo, max(lo, hi)) - self.BASE_ORD
        h = rng.choices(self.H24, cum_weights=self.hour_cw["AGENT"])[0]
        return day * 86400 + h * 3600 + rng.randrange(3600)

    POPDB_START = (datetime.date(2022, 8, 1).toordinal() - datetime.date(2010, 1, 1).toordinal()) * 86400

    def clone_with_doc(self, p, idt, idn):
        q = P()
        for a in ("name", "dob", "g", "nat", "prov", "face", "age", "bprov", "phone", "sur"):
            setattr(q, a, getattr(p, a))
        q.idt, q.idn = idt, idn
        return q

    def g_rereg(self, b):
        rng = self.rng
        c = self.pick_carrier()
        ms = self.new_ms(c)
        p = self.person(age=self.draw_age(25, 75), idt="CCCD")
        kit_old = self.take_kit(self.legacy_box(c))
        n = 0
        if b >= 2:
            t_old = self.old_ts(2016, 2022)
            hist = self.clone_with_doc(p, "CMND", self.cmnd9()) if rng.random() < .65 else p
            ch, d = self.shop_or_app(c, "AGENT" if rng.random() < .7 else "STORE")
            self.reg(hist, c, ch, t_old, None, dev=rng.choice(d.devices), ms=ms, kit=kit_old,
                     agent_override=d.code,
                     selfie=None, popdb="UNCHECKED" if t_old < self.POPDB_START else "MATCH",
                     status="ACTIVE", label=False, style="0", no_usage=True, old=True)
            n = 1
        transfer = rng.random() < .3
        cur = self.person() if transfer else p
        ch, d = self.shop_or_app(c, "STORE" if rng.random() < .6 else "EKYC_APP")
        kit = kit_old if rng.random() < .7 else None
        self.reg(cur, c, ch, self.t_prof(ch), d, ms=ms, kit=kit, force_face=True,
                 pattern="legit_ownership_transfer" if transfer else "legit_reregistration",
                 ukind=self.kind_for(cur.age), no_usage=not transfer)
        return n + 1

    def g_legacy(self, b):
        rng = self.rng
        c = self.pick_carrier()
        p = self.person(age=self.draw_age(24, 85), idt="CCCD")
        r = rng.random()
        if r < .6:
            p = self.clone_with_doc(p, "CMND", self.cmnd9())
        elif r < .75:
            p.idt = "CMND"                           # legacy 12-digit CMND
        t = self.old_ts(2016)
        ch, d = self.shop_or_app(c, "AGENT" if rng.random() < .65 else "STORE")
        pre = t < self.POPDB_START
        st = rng.choices(("ACTIVE", "ONE_WAY_LOCKED", "TWO_WAY_LOCKED", "TERMINATED"),
                         weights=(85, 8, 3, 4))[0]
        self.reg(p, c, ch, t, None, dev=rng.choice(d.devices), agent_override=d.code,
                 kit=self.take_kit(self.legacy_box(c)),
                 selfie=None if pre else -1, popdb="UNCHECKED" if pre else "MATCH",
                 status=st, pattern="legit_legacy_doc", no_usage=True, old=True)
        return 1

    def g_typo(self, b):
        rng = self.rng
        c = self.pick_carrier()
        ch, d = self.shop_or_app(c)
        p = self.person(res=d.prov if d is not None else None)
        r = rng.random()
        parts = p.name.split(" ")
        if r < .4:                                      # letter swapped / dropped
            i = rng.randrange(1, len(parts))
            w = parts[i]
            if len(w) >= 3 and rng.random() < .5:
                j = rng.randrange(len(w) - 1)
                w = w[:j] + w[j + 1] + w[j] + w[j + 2:]
            elif len(w) >= 2:
                j = rng.randrange(1, len(w))
                w = w[:j] + w[j + 1:]
            parts[i] = w
            p.name = " ".join(parts)
            popdb = "MISMATCH" if rng.random() < .8 else "MATCH"
        elif r < .65:                                   # one syllable lost its diacritics
            i = rng.randrange(len(parts))
            parts[i] = strip_diacritics(parts[i])
            p.name = " ".join(parts)
            popdb = "MATCH" if rng.random() < .6 else "MISMATCH"
        else:                                           # date typed wrong
            y, m, dd = p.dob.split("-")
            if r < .85 and int(dd) <= 12 and dd != m:
                p.dob = "%s-%s-%s" % (y, dd, m)
            else:
                p.dob = "%04d-%s-%s" % (int(y) + (-1 if p.age < 16 else rng.choice((-1, 1))), m,
                                        "28" if (m == "02" and dd == "29") else dd)
            popdb = "MISMATCH"
        self.reg(p, c, ch, self.t_prof(ch), d, ukind=self.kind_for(p.age), popdb=popdb,
                 pattern="legit_typo")
        return 1

    def g_promo(self, b):
        rng = self.rng
        c = self.pick_carrier()
        ch, d = self.shop_or_app(c, "STORE" if rng.random() < .5 else "AGENT")
        n = min(b, int(clamp(rng.lognormvariate(math.log(60), .6), 20, 250)))
        day = rng.choices(self.days, cum_weights=self.day_cw["shop"])[0]
        for i in range(n):
            p = self.person(res=d.prov if rng.random() < .9 else None)
            self.reg(p, c, ch, self.t_prof(ch, day), d, ukind=self.kind_for(p.age),
                     pattern="legit_shop_promo")
        return n

    def g_family_use(self, b):
        """NON_OWNER only: parent registers in person, an adult child uses the SIM."""
        rng = self.rng
        parent = self.person(age=rng.randint(45, 72))
        child = self.person(age=rng.randint(18, 35), res=parent.prov,
                            sur=parent.sur if parent.g == "M" else None)
        c = self.pick_carrier()
        ch, d = self.shop_or_app(c)
        ts = self.t_prof(ch)
        n = 0
        if b >= 2 and rng.random() < .4:
            self.reg(parent, c, ch, ts, d, ukind=self.kind_for(parent.age),
                     pattern="legit_family_group")
            ts += rng.randint(60, 400)
            n = 1
        self.reg(parent, c, ch, ts, d, ukind="youth" if child.age < 28 else "adult",
                 fu=self.own_phone(child), pattern="nonowner_family_use", non=1)
        return n + 1

    # ================================================================== fraud helpers
    def knobs(self):
        s = self.cluster_stealth()
        kn = self.S.get("knobs", {})
        r = self.rng.random
        k = {name: clamp(s * kn.get(name, 1.0), 0.0, 1.0)
             for name in ("time", "face", "usage", "spread", "docs", "seq")}
        # per-cluster binary decisions drawn from the knob values
        k["T"] = r() < k["time"]
        k["F"] = r() < k["face"]
        k["S"] = r() < k["spread"]
        k["D"] = r() < k["docs"]
        k["Q"] = r() < k["seq"]
        return k

    def sess_times(self, n, prof, gap, sess_len=(10, 60)):
        """Scripted sessions: fixed-ish interval bursts (non-stealth timing)."""
        rng = self.rng
        out = []
        while len(out) < n:
            t = self.t_prof(prof)
            for _ in range(min(rng.randint(*sess_len), n - len(out))):
                out.append(t)
                t += max(5, int(rng.gauss(gap, gap * .2)))
                if t >= self.ts1:
                    break
        return out

    def resale_outcome(self, s_usage, base_never=.45):
        r = self.rng.random()
        p_never = base_never * (1 - s_usage) + .1 * s_usage
        if r < p_never:
            return "never"
        if r < p_never + .2:
            return "scam"
        return "normal"

    def corrupt_doc(self, p):
        """Make a fabricated CCCD internally inconsistent (declared fields vs PPP G YY) while
        keeping every field well-formed."""
        rng = self.rng
        if rng.random() < .5:
            p.g = "F" if p.g == "M" else "M"
        else:
            y, m, d = p.dob.split("-")
            p.dob = "%04d-%s-%s" % (int(y) - rng.randint(1, 6), m, "28" if m + d == "0229" else d)

    def fab_popdb(self, k):
        rng = self.rng
        if self.post08:
            return "NOT_FOUND" if rng.random() < .3 else "MISMATCH"
        if k["D"]:
            return "UNCHECKED" if rng.random() < .7 else "NOT_FOUND"
        return rng.choices(("NOT_FOUND", "MISMATCH", "UNCHECKED"), weights=(.55, .2, .25))[0]

    def stock_face(self, stock, ch):
        """A dealer's stock photo, mostly re-used byte-for-byte (0 bits) - or no face."""
        rng = self.rng
        if not (self.has_face(ch) or rng.random() < .3):
            return None, None
        f = rng.choice(stock)
        if rng.random() >= .7:
            f = self.capture(f, kmax=1)
        return f, self.fm("impostor")

    # ================================================================== fraud groups
    def g_preact(self, b):
        """Dealer pre-activation on leaked (real) or fabricated documents."""
        rng = self.rng
        k = self.knobs()
        leaked = rng.random() < self.S.get("preact_leaked", .6)
        c = self.pick_carrier()
        n = min(b, int(clamp(rng.lognormvariate(math.log(40), .9), 8, 600)))
        if k["S"]:
            dealers = [self.pick_dealer(c, "AGENT") for _ in range(1 + int(k["spread"] * 4))]
        else:
            dealers = [self.pick_dealer(c, "UNIFORM")]
        per_doc = 1 if k["S"] else rng.choice((1, 1, 2, 2, 3))
        leak_prov = self.res_prov()
        elderly_leak = rng.random() < .3 * (1 - k["docs"])
        stock = [rng.getrandbits(64) for _ in range(rng.randint(2, 6))]
        flower = (not leaked) and rng.random() < .35 * (1 - k["face"])
        box = None if k["Q"] else self.new_box(c)
        mss = self.ms_run(c, n) if (not k["Q"] and rng.random() < .6) else None
        night = rng.random() < .5
        times = ([self.t_prof("AGENT") for _ in range(n)] if k["T"] else
                 self.sess_times(n, "NIGHT" if night else "AGENT", rng.choice((30, 45, 60, 90)),
                                 (30, 200)))
        scam_pool = [self.imei("smart") for _ in range(rng.randint(1, 4))]
        pattern = "preact_leaked" if leaked else "preact_fabricated"
        non = 1 if leaked else 0
        doc = None
        used = per_doc
        for i in range(n):
            d = rng.choice(dealers)
            if used >= per_doc:
                age = rng.randint(60, 90) if elderly_leak else self.draw_age(18, 80)
                if leaked:
                    res = leak_prov if (not k["S"] and rng.random() < .6) else None
                    doc = self.person(age=age, res=res)
                else:
                    doc = self.person(age=age, res=d.prov, fab=True)
                    if not k["D"] and rng.random() < .5:
                        self.corrupt_doc(doc)
                used = 0
            used += 1
            ch = d.kind
            dev = rng.choice(d.devices) if k["S"] else d.devices[0]
            if k["F"]:
                selfie = self.capture(doc.face, kmax=2)
                fm = self.fm("replay" if rng.random() < .5 else "genuine", doc.age, ch)
            elif flower:
                selfie, fm = rng.getrandbits(64), self.fm("flower")
            else:
                selfie, fm = self.stock_face(stock, ch)
            if leaked:
                popdb = "MATCH" if rng.random() < .9 + .1 * k["docs"] else "MISMATCH"
            else:
                popdb = self.fab_popdb(k)
            out = self.resale_outcome(k["usage"])
            if out == "never":
                fu = ""
            elif out == "scam" and not k["S"]:
                fu = rng.choice(scam_pool)
            else:
                fu = self.imei("smart")
            p_lock = .5 if popdb == "NOT_FOUND" else .05 + .15 * (1 - k["usage"])
            self.reg(doc, c, ch, times[i], d, dev=dev, ukind=out, s_usage=k["usage"],
                     selfie=selfie, fm=fm, popdb=popdb, fu=fu, status=self.status_fraud(p_lock),
                     kit=self.take_kit(box) if box else None, ms=mss[i] if mss else None,
                     junk=1, non=non, pattern=pattern)
        return n

    def g_dealer_extra(self, b):
        """Dealer adds extra SIMs on a walk-in customer's documents and captured selfie."""
        rng = self.rng
        k = self.knobs()
        c = self.pick_carrier()
        if rng.random() < .2 + .8 * k["spread"]:          # hide inside a busy shop
            d = self.pick_dealer(c, "STORE" if rng.random() < .3 else "AGENT")
        else:
            d = self.pick_dealer(c, "UNIFORM")
        ch = d.kind
        ncust = int(clamp(rng.lognormvariate(math.log(12), .7), 3, 120))
        scam_pool = [self.imei("smart") for _ in range(rng.randint(1, 3))]
        n = 0
        for _ in range(ncust):
            if n >= b:
                break
            if rng.random() < .5 * (1 - k["docs"]) + .2:      # elderly are targeted
                age = rng.randint(50, 85)
            else:
                age = self.draw_age(18, 80)
            p = self.person(age=age, res=d.prov if rng.random() < .9 else None)
            ts = self.t_prof(ch)
            dev = rng.choice(d.devices)
            selfie0 = self.capture(p.face)
            fm0 = self.fm("genuine", age, ch)
            self.reg(p, c, ch, ts, d, dev=dev, selfie=selfie0, fm=fm0,
                     ukind=self.kind_for(age), pattern="legit_walkin_customer")
            n += 1
            extras = 1 if k["S"] else rng.choices((1, 2, 3, 4), weights=(60, 25, 10, 5))[0]
            for _j in range(extras):
                if n >= b:
                    break
                if k["T"]:
                    te = ts + rng.randint(2 * 3600, 5 * 86400)
                    te = self.t_prof(ch, day=min(self.ndays - 1, self.day_of(te)))
                else:
                    te = ts + rng.randint(40, 600)
                if k["F"]:
                    se, fe = self.capture(p.face), self.fm("genuine", age, ch)
                else:
                    se = selfie0 if rng.random() < .8 else selfie0 ^ (1 << rng.randrange(64))
                    fe = fm0 if rng.random() < .7 else clamp(fm0 + rng.gauss(0, .01), 0, 1)
                if k["Q"]:
                    d.box[2] += rng.randint(1, 8)            # other sales in between
                out = self.resale_outcome(k["usage"], .35)
                fu = "" if out == "never" else (rng.choice(scam_pool) if (out == "scam" and
                                                                           not k["S"])
                                                else self.imei("smart"))
                self.reg(p, c, ch, te, d, dev=rng.choice(d.devices) if k["S"] else dev,
                         selfie=se, fm=fe, popdb="MATCH", ukind=out, s_usage=k["usage"], fu=fu,
                         status=self.status_fraud(.1), junk=1, non=1,
                         pattern="dealer_extra_sim")
                n += 1
        return n if n else self.g_single(b)

    def g_dealer_own(self, b):
        """An agent activates many SIMs on his own ID (stealth: also relatives' IDs)."""
        rng = self.rng
        k = self.knobs()
        c = self.pick_carrier()
        d = self.pick_dealer(c, "AGENT" if k["S"] else "UNIFORM")
        ch = d.kind
        agent = self.person(age=rng.randint(23, 45), res=d.prov)
        ids = [agent]
        if k["S"]:
            for _ in range(rng.randint(2, 6)):
                ids.append(self.person(age=rng.randint(18, 75), res=d.prov, bprov=agent.bprov,
                                       sur=agent.sur if rng.random() < .6 else None))
        n = min(b, int(clamp(rng.lognormvariate(math.log(80), .8), 15, 1000)))
        box = None if k["Q"] else self.new_box(c)
        mss = self.ms_run(c, n) if (not k["Q"] and rng.random() < .5) else None
        times = ([self.t_prof(ch) for _ in range(n)] if k["T"] else
                 self.sess_times(n, "NIGHT" if rng.random() < .5 else "AGENT",
                                 rng.choice((40, 60, 120)), (20, 60)))
        for i in range(n):
            who = ids[0] if len(ids) == 1 else rng.choice(ids)
            if not (self.has_face(ch) or rng.random() < .4):
                se = fm = None
            elif who is agent:
                se, fm = self.capture(agent.face), self.fm("genuine", agent.age, ch)
            elif k["F"]:
                se, fm = self.capture(who.face, kmax=2), self.fm("replay")
            else:
                se, fm = self.capture(agent.face), self.fm("relative")
            out = self.resale_outcome(k["usage"])
            self.reg(who, c, ch, times[i], d, dev=rng.choice(d.devices) if k["S"] else d.devices[0],
                     selfie=se, fm=fm, popdb="MATCH", ukind=out, s_usage=k["usage"],
                     fu="" if out == "never" else self.imei("smart"),
                     status=self.status_fraud(.1 + .2 * (1 - k["usage"])),
                     kit=self.take_kit(box) if box else None, ms=mss[i] if mss else None,
                     junk=1, non=1, pattern="dealer_own_id_mass")
        return n

    def g_idtheft(self, b):
        """Ring operators register victims' leaked documents through the app / online."""
        rng = self.rng
        k = self.knobs()
        n = min(b, int(clamp(rng.lognormvariate(math.log(45), .8), 8, 500)))
        ops = [self.person(age=rng.randint(20, 40)) for _ in range(rng.randint(1, 3))]
        if k["S"]:
            phones = [self.imei("smart") for _ in range(rng.randint(5, 25))]
        else:
            phones = [self.imei("smart") for _ in range(rng.randint(1, 3) * len(ops))]
        fixed = [self.pick_carrier()]
        if rng.random() < .4:
            fixed.append(self.pick_carrier())
        fu_pool = list(phones)
        if rng.random() < .4:
            fu_pool += self.imei_block("gateway", 8)
        times = ([self.t_prof("EKYC_APP") for _ in range(n)] if k["T"] else
                 self.sess_times(n, "NIGHT", rng.choice((120, 180, 300)), (5, 30)))
        victim = None
        used = per = 0
        for i in range(n):
            if used >= per:
                victim = self.person(age=self.draw_age(20, 75))
                per = rng.randint(1, 2) if k["S"] else rng.choices((1, 2, 3, 4, 5),
                                                                  weights=(30, 25, 20, 15, 10))[0]
                used = 0
            used += 1
            c = self.pick_carrier() if k["S"] else rng.choice(fixed)
            ch = "EKYC_APP" if rng.random() < .75 else "ONLINE"
            dev = rng.choice(phones) if (ch == "EKYC_APP" or rng.random() < .7) else ""
            if k["F"]:
                se, fm = self.capture(victim.face), self.fm("deepfake")
            else:
                op = rng.choice(ops)
                se = self.capture(op.face)
                fm = self.fm("impostor" if rng.random() < .6 else "relative")
            uk = rng.choices(("scam", "otp", "mule"), weights=(70, 15, 15))[0]
            self.reg(victim, c, ch, times[i], None, dev=dev, selfie=se, fm=fm,
                     popdb="MATCH" if rng.random() < .97 else "MISMATCH", ukind=uk,
                     s_usage=k["usage"],
                     fu=self.imei("smart") if k["S"] else rng.choice(fu_pool),
                     status=self.status_fraud(.05 + .25 * (1 - k["usage"])), junk=1, non=1,
                     pattern="idtheft_ring")
        return n

    def g_simfarm(self, b):
        """SIM farm / SIM box on bought (real) or fabricated identities."""
        rng = self.rng
        k = self.knobs()
        bought = rng.random() < self.S.get("simfarm_bought", .7)
        n = min(b, int(clamp(rng.lognormvariate(math.log(120), .8), 16, 1500)))
        per_id = rng.randint(1, 2) if k["S"] else rng.randint(3, 9)
        cl = [self.pick_carrier() for _ in range(3 if k["S"] else 1)]
        dealers = {c: self.pick_dealer(c, "UNIFORM") for c in cl}
        app_mode = bought and rng.random() < .4
        op_phones = [self.imei("smart") for _ in range(rng.randint(1, 3))]
        if k["S"]:                                        # IMEI changer: phone-like IMEIs
            fus = [self.imei("smart") for _ in range(n)]
        else:
            fus = []
            ports = rng.choice((16, 32, 64))
            while len(fus) < n:
                if rng.random() < .6:
                    fus.extend(self.imei_block("gateway", ports))
                else:
                    fus.extend([self.imei_block("gateway", 1)[0]] * ports)
        boxes = {} if k["Q"] else {c: self.new_box(c) for c in cl}
        runs = {}
        if not k["Q"] and rng.random() < .5:
            runs = {c: self.ms_run(c, n) for c in cl}
        times = ([self.t_prof("AGENT") for _ in range(n)] if k["T"] else
                 self.sess_times(n, "NIGHT" if rng.random() < .5 else "AGENT",
                                 rng.choice((30, 60, 90)), (20, 120)))
        stock = [rng.getrandbits(64) for _ in range(rng.randint(2, 5))]
        pattern = "simfarm_bought_id" if bought else "simfarm_fabricated_id"
        idp = None
        used = per_id
        cap = None
        for i in range(n):
            c = rng.choice(cl)
            d = dealers[c]
            if used >= per_id:
                if bought:
                    idp = self.person(age=self.draw_age(18, 65))
                else:
                    idp = self.person(age=self.draw_age(18, 70), res=d.prov, fab=True)
                    if not k["D"] and rng.random() < .5:
                        self.corrupt_doc(idp)
                used = 0
                cap = None
            used += 1
            ch = "EKYC_APP" if app_mode else d.kind
            if bought:                                    # the seller showed up / sent video
                if cap is None or k["F"]:
                    cap = (self.capture(idp.face), self.fm("genuine", idp.age, ch))
                se, fm = cap
                popdb = "MATCH"
            else:
                if k["F"]:
                    se, fm = self.capture(idp.face, kmax=2), self.fm("replay")
                else:
                    se, fm = self.stock_face(stock, ch)
                popdb = self.fab_popdb(k)
            kit = self.take_kit(boxes[c]) if boxes else None
            ms = runs[c].pop() if runs else None
            self.reg(idp, c, ch, times[i], None if app_mode else d,
                     dev=rng.choice(op_phones) if app_mode else None, selfie=se, fm=fm,
                     popdb=popdb, ukind="spam", s_usage=k["usage"], fu=fus[i],
                     status=self.status_fraud(.08 + .45 * (1 - k["usage"])), kit=kit, ms=ms,
                     junk=1, non=1 if bought else 0, pattern=pattern)
        return n

    def g_rented(self, b):
        """People rent out their identity; a broker registers SIMs with them present."""
        rng = self.rng
        k = self.knobs()
        c0 = self.pick_carrier()
        via_dealer = rng.random() < .5
        d0 = self.pick_dealer(c0, "UNIFORM")
        phones = [self.imei("smart") for _ in range(rng.randint(4, 8) if k["S"] else
                                                    rng.randint(1, 2))]
        provs = [self.res_prov() for _ in range(rng.randint(1, 2))]
        scam_pool = [self.imei("smart") for _ in range(rng.randint(2, 6))]
        nrent = rng.randint(5, 40)
        n = 0
        t = self.t_prof(d0.kind if via_dealer else "EKYC_APP")
        for _ in range(nrent):
            if n >= b:
                break
            young = rng.random() < .6
            renter = self.person(age=rng.randint(18, 25) if young else rng.randint(45, 70),
                                 res=rng.choice(provs))
            sims = 1 if k["S"] else rng.choices((1, 2, 3, 4), weights=(40, 30, 20, 10))[0]
            if k["T"]:
                t = None
            else:
                t += rng.randint(300, 900)
            for _j in range(sims):
                if n >= b:
                    break
                c = self.pick_carrier() if k["S"] else c0
                if via_dealer:
                    d = d0 if c == c0 else self.pick_dealer(c, "UNIFORM")
                    ch, dev = d.kind, None
                else:
                    d, ch, dev = None, "EKYC_APP", rng.choice(phones)
                ts = self.t_prof(ch) if t is None else t
                if t is not None:
                    t += rng.randint(60, 240)
                uk = rng.choices(("scam", "mule", "otp"), weights=(50, 30, 20))[0]
                self.reg(renter, c, ch, ts, d, dev=dev, force_face=True, popdb="MATCH",
                         ukind=uk, s_usage=k["usage"],
                         fu=self.imei("smart") if k["S"] else rng.choice(scam_pool),
                         status=self.status_fraud(.2), junk=1, non=1,
                         pattern="rented_identity")
                n += 1
        return n if n else self.g_single(b)

    def g_otp(self, b):
        """OTP-sink operator: own ID (junk only) plus bought IDs, SIMs in modem pools."""
        rng = self.rng
        k = self.knobs()
        op = self.person(age=rng.randint(22, 40))
        op_phone = self.own_phone(op)
        n = min(b, int(clamp(rng.lognormvariate(math.log(60), .8), 10, 600)))
        if k["S"]:
            fus = [self.imei("smart") for _ in range(n)]
        else:
            fus = []
            while len(fus) < n:
                fus.extend(self.imei_block("modem", rng.choice((8, 16, 32, 64))))
        own_plan = []                                     # (carrier, channel) for own-ID SIMs
        carriers = ([self.pick_carrier()] if k["S"] else
                    [c for c in BIG3 if c in self.carr_list] or [self.pick_carrier()])
        for c in carriers:
            own_plan += [(c, "EKYC_APP")] * (rng.randint(1, 3) if k["S"] else 3)
            if not k["S"]:
                own_plan += [(c, "AGENT")] * rng.randint(1, 6)
        col = {c: self.pick_dealer(c, "UNIFORM") for c in CARRIERS if c in self.carr_list}
        times = ([None] * n if k["T"] else
                 self.sess_times(n, "NIGHT", rng.choice((60, 120, 240)), (5, 40)))
        seller = None
        used = per = 0
        for i in range(n):
            if i < len(own_plan):
                c, ch = own_plan[i]
                idp, pattern, non = op, "otp_sink_own_id", 0
                d = col[c] if ch == "AGENT" else None
                if d is not None:
                    ch = d.kind
                se, fm = self.capture(op.face), self.fm("genuine", op.age, ch)
            else:
                if used >= per:
                    seller = self.person(age=self.draw_age(18, 60))
                    per = rng.randint(1, 3)
                    used = 0
                used += 1
                c = rng.choice(carriers)
                idp, pattern, non = seller, "otp_sink_bought_id", 1
                if rng.random() < .5:
                    d = col[c]
                    ch = d.kind
                else:
                    d, ch = None, "EKYC_APP"
                if k["F"] or rng.random() < .6:
                    se, fm = self.capture(seller.face), self.fm("genuine", seller.age, ch)
                else:
                    se, fm = self.capture(op.face), self.fm("impostor")
            ts = times[i] if times[i] is not None else self.t_prof(ch)
            self.reg(idp, c, ch, ts, d, dev=op_phone if d is None else None, selfie=se, fm=fm,
                     popdb="MATCH", ukind="otp", s_usage=k["usage"], fu=fus[i],
                     status=self.status_fraud(.15), junk=1, non=non, pattern=pattern)
        return n

    def g_mule(self, b):
        """Genuine registrations by people who then sell SIM + bank account kits."""
        rng = self.rng
        k = self.knobs()
        n = min(b, rng.randint(10, 40))
        group = (not k["S"]) and rng.random() < .6
        scam_phones = [self.imei("smart") for _ in range(rng.randint(2, 5))]
        c0 = self.pick_carrier()
        ch0, d0 = self.shop_or_app(c0, "AGENT")
        t = self.t_prof(ch0)
        home = self.res_prov()
        for i in range(n):
            age = rng.randint(18, 30) if rng.random() < .8 else rng.randint(31, 55)
            if group:
                s = self.person(age=age, res=home)
                c, ch, d = c0, ch0, d0
                ts = t
                t += rng.randint(120, 600)
            else:
                s = self.person(age=age)
                c = self.pick_carrier()
                ch, d = self.shop_or_app(c)
                ts = self.t_prof(ch)
            self.reg(s, c, ch, ts, d, ukind="mule", s_usage=k["usage"],
                     fu=self.imei("smart") if k["S"] else rng.choice(scam_phones),
                     status=self.status_fraud(.1), junk=1, non=1, pattern="mule_kit_sold")
        return n

    def g_passport_fraud(self, b):
        """Dealer registers SIMs on leaked foreign passport scans."""
        rng = self.rng
        k = self.knobs()
        c = self.pick_carrier()
        d = self.pick_dealer(c, "UNIFORM")
        n = min(b, int(clamp(rng.lognormvariate(math.log(25), .7), 5, 200)))
        per = rng.randint(1, 2) if k["S"] else rng.randint(3, 12)
        stock = [rng.getrandbits(64) for _ in range(rng.randint(1, 4))]
        pool = [self.imei("smart") for _ in range(rng.randint(2, 6))]
        times = ([self.t_prof(d.kind) for _ in range(n)] if k["T"] else
                 self.sess_times(n, "NIGHT" if rng.random() < .5 else "AGENT", 60, (10, 60)))
        app = (not k["S"]) and rng.random() < .3            # foreigners must be in person
        p = None
        used = per
        for i in range(n):
            if used >= per:
                nat = rng.choices(("CN", "KR", "TW", "TH", "IN"), weights=(60, 15, 10, 8, 7))[0]
                p = self.foreigner(nat, age=rng.randint(20, 60), prov=d.prov)
                used = 0
            used += 1
            ch = "EKYC_APP" if app else d.kind
            if k["F"]:
                se, fm = self.capture(p.face, kmax=2), self.fm("replay")
            else:
                se, fm = self.stock_face(stock, ch)
            uk = "spam" if rng.random() < .4 else "scam"
            self.reg(p, c, ch, times[i], None if app else d,
                     dev=d.devices[0] if app else None, selfie=se, fm=fm, popdb="UNCHECKED",
                     ukind=uk, s_usage=k["usage"],
                     fu=self.imei("smart") if k["S"] else rng.choice(pool),
                     status=self.status_fraud(.25), junk=1, non=1,
                     pattern="foreign_passport_misuse")
        return n

    # ================================================================== driver
    def generators(self):
        return {
            "single": self.g_single, "multi": self.g_multi, "family": self.g_family,
            "elderly": self.g_elderly,
            "org_iot": lambda b: self.g_org(b, "iot"),
            "org_fleet": lambda b: self.g_org(b, "fleet"),
            "org_callcentre": lambda b: self.g_org(b, "callcentre"),
            "org_staff": lambda b: self.g_org(b, "staff"),
            "students": self.g_students, "tourists": self.g_tourists,
            "foreign_workers": self.g_foreign_workers, "rereg": self.g_rereg,
            "legacy": self.g_legacy, "typo": self.g_typo, "promo": self.g_promo,
            "family_use": self.g_family_use, "preact": self.g_preact,
            "dealer_extra": self.g_dealer_extra, "dealer_own": self.g_dealer_own,
            "idtheft": self.g_idtheft, "simfarm": self.g_simfarm, "rented": self.g_rented,
            "otp": self.g_otp, "mule": self.g_mule, "passport_fraud": self.g_passport_fraud,
        }

    def quotas(self):
        shares = dict(self.S["legit"])
        shares.update(self.S["fraud"])
        tot = sum(shares.values())
        if tot > .95:
            shares = {k: v * .95 / tot for k, v in shares.items()}
        q = {g: int(round(self.N * v)) for g, v in shares.items()}
        q["single"] = self.N - sum(q.values())
        return q

    def run(self):
        rng = self.rng
        fns = self.generators()
        q = self.quotas()
        names = [n for n in q if q[n] > 0]
        rem = [q[n] for n in names]
        left = sum(rem)
        while left > 0:
            i = rng.choices(range(len(names)), weights=rem)[0]
            before = self.rows
            fns[names[i]](rem[i])
            got = self.rows - before
            if got < 1 or got > rem[i]:
                raise RuntimeError("generator %s emitted %d rows for budget %d"
                                   % (names[i], got, rem[i]))
            rem[i] -= got
            left -= got

    def finish(self):
        self.lab.close()
        for f in self.bfiles:
            if f is not None:
                f.close()
        path = os.path.join(self.out, "batch.csv")
        with open(path, "w", encoding="utf-8", newline="", buffering=1 << 20) as out:
            out.write(HEADER + "\n")
            for bi in range(self.nb):
                bp = os.path.join(self.tmpdir, "b%04d" % bi)
                if not os.path.exists(bp):
                    continue
                with open(bp, encoding="utf-8", newline="") as f:
                    lines = f.readlines()
                lines.sort()
                out.writelines(ln[12:] for ln in lines)
        shutil.rmtree(self.tmpdir, ignore_errors=True)


def main(argv=None):
    ap = argparse.ArgumentParser(
        description="indep28: statistician's synthetic SIM-registration population generator")
    ap.add_argument("--rows", type=int, help="number of batch rows")
    ap.add_argument("--seed", default="1", help="seed (any string; default 1)")
    ap.add_argument("--scenario", default="national_default")
    ap.add_argument("--out", help="output directory")
    ap.add_argument("--list-scenarios", action="store_true",
                    help="print one scenario name per line")
    ap.add_argument("--describe", action="store_true",
                    help="print scenario names with a one-line description")
    a = ap.parse_args(argv)
    if a.list_scenarios:
        for name in SCENARIOS:
            print(name)
        return 0
    if a.describe:
        for name, s in SCENARIOS.items():
            print("%-26s %s" % (name, s["desc"]))
        return 0
    if a.rows is None or a.out is None:
        ap.error("--rows and --out are required")
    if a.rows < 0:
        ap.error("--rows must be >= 0")
    if a.scenario not in SCENARIOS:
        ap.error("unknown scenario %r (see --list-scenarios)" % a.scenario)
    g = Gen(a.rows, a.seed, a.scenario, a.out)
    g.run()
    g.finish()
    subs = sum(g.counts.values())
    pos = sum(v for k, v in g.counts.items() if not k.startswith("legit_"))
    sys.stderr.write("indep28: %d rows, %d subscriptions, %d positive (%.2f%%) -> %s\n"
                     % (g.rows, subs, pos, 100.0 * pos / max(1, subs), a.out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
