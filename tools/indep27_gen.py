#!/usr/bin/env python3
"""indep27_gen: independent synthetic registration-batch generator (stdlib only).

Written only from shared/spec/batch-format.md and shared/spec/domain-vietnam.md.

Viewpoint
---------
* Data side: every carrier exports its own subset of the optional columns, with its
  own MSISDN form (0.. / 84.. / +84..), its own timestamp habit (local +07:00,
  UTC +00:00, milliseconds), its own name normalisation (upper case, no diacritics,
  decomposed Unicode).  Selfie hashes / face scores appear only after the date at
  which that carrier started exporting them; the population-database check is down
  on a few days per carrier (UNCHECKED); usage is exported only for SIMs that are at
  least 30 days old at export time and only for the usage columns that carrier has.
* Investigator side: a provincial Department of Science and Technology reviewing one
  quarter of registrations (province-focused scenarios), or a national mix.
* Fraud is planted as organised actors with operational constraints (dealers with
  quotas and end-of-month pushes, farms buying identity kits from a few sellers,
  theft rings with few phones and few faces, dealers adding SIMs to walk-in
  customers' documents, ...), next to many legitimate look-alikes.

Usage:  python3 tools/indep27_gen.py --rows N --seed S --scenario NAME --out DIR
        python3 tools/indep27_gen.py --list-scenarios
Output: DIR/batch.csv (contract columns) and DIR/labels.csv
        (carrier,msisdn,junk,non_owner,pattern; msisdn normalised to 84+9 digits,
        carrier upper case; one label row per batch subscription, same order).
"""
import argparse
import bisect
import datetime as _dt
import heapq
import os
import random
import shutil
import sys
import tempfile
import unicodedata

HEADER = ("carrier,msisdn,imsi,iccid,subscriber_type,id_type,id_number,full_name,"
          "date_of_birth,gender,nationality,province,registered_at,channel,agent_id,"
          "device_imei,selfie_hash,face_match,popdb_check,status,first_use_imei,"
          "active_days_30d,out_calls_30d,in_calls_30d,out_sms_30d,in_sms_30d,"
          "distinct_callees_30d,topup_vnd_30d,data_mb_30d")
NCOL = 29
DAY = 86400
TZ = 7 * 3600

# ---------------------------------------------------------------------------
# Provinces (code, weight ~ population in 100k)
# ---------------------------------------------------------------------------
PROVINCES = [
    ("001", 84), ("002", 9), ("004", 5), ("006", 3), ("008", 8), ("010", 8),
    ("011", 6), ("012", 5), ("014", 13), ("015", 8), ("017", 9), ("019", 13),
    ("020", 8), ("022", 13), ("024", 19), ("025", 15), ("026", 12), ("027", 15),
    ("030", 19), ("031", 21), ("033", 13), ("034", 19), ("035", 9), ("036", 18),
    ("037", 10), ("038", 37), ("040", 34), ("042", 13), ("044", 9), ("045", 6),
    ("046", 11), ("048", 12), ("049", 15), ("051", 12), ("052", 15), ("054", 9),
    ("056", 12), ("058", 6), ("060", 12), ("062", 6), ("064", 16), ("066", 19),
    ("067", 7), ("068", 13), ("070", 10), ("072", 12), ("074", 27), ("075", 32),
    ("077", 12), ("079", 94), ("080", 17), ("082", 18), ("083", 13), ("084", 10),
    ("086", 10), ("087", 16), ("089", 19), ("091", 17), ("092", 12), ("093", 7),
    ("094", 12), ("095", 9), ("096", 12),
]
PROV_CODES = [p for p, _ in PROVINCES]
PROV_W = dict(PROVINCES)
# where migrant workers / students come from and go to
ORIGIN_PROVS = ["038", "040", "042", "034", "036", "030", "044", "045", "051", "052",
                "024", "025", "008", "014", "002", "087", "089", "094", "084", "096",
                "083", "086", "064", "066", "046", "049"]
INDUSTRIAL_PROVS = ["074", "075", "079", "027", "024", "031", "001", "080", "026", "022"]
UNIVERSITY_PROVS = ["001", "079", "048", "046", "092", "019", "040"]
HMONG_PROVS = {"002", "010", "011", "012", "014", "015", "004"}
KHMER_PROVS = {"094", "084", "091", "089", "095"}
# 9-digit CMND issuing prefixes (first digits), a few known plus generic
CMND_PREFIX = {"001": "01", "079": "02", "031": "03", "077": "27", "074": "280",
               "075": "27", "048": "20", "092": "36", "040": "18", "038": "17"}

# ---------------------------------------------------------------------------
# Carriers
# ---------------------------------------------------------------------------
# code, abbrev, market weight, prefixes (2 digits after the 0), mnc, iccid issuer,
# msisdn export form, timestamp style
CARRIER_DEFS = [
    ("VIETTEL", "VT", 540, ["86", "96", "97", "98", "32", "33", "34", "35", "36", "37", "38", "39"], "04", "04", "84", "local"),
    ("VINAPHONE", "VNP", 215, ["88", "91", "94", "83", "84", "85", "81", "82"], "02", "02", "0", "utc"),
    ("MOBIFONE", "MBF", 205, ["89", "90", "93", "70", "79", "77", "76", "78"], "01", "01", "+84", "ms"),
    ("VIETNAMOBILE", "VNM", 18, ["92", "56", "58", "52"], "05", "05", "0", "local"),
    ("GMOBILE", "GTL", 5, ["99", "59"], "07", "", "84", "local"),
    ("ITEL", "ITL", 8, ["87"], "08", "08", "0", "local"),
    ("REDDI", "RDI", 2, ["55"], "09", "09", "0", "local"),
    ("WINTEL", "WTL", 3, ["55"], "09", "09", "+84", "local"),
    ("ASIM", "ASM", 2, ["81", "82", "85"], "", "", "0", "local"),
    ("DIGILIFE", "DGL", 1, ["83", "84"], "", "", "84", "utc"),
    ("LOCAL", "LCL", 2, ["89", "70", "76"], "", "", "0", "local"),
]
BIG3 = ("VIETTEL", "VINAPHONE", "MOBIFONE")

# Export profiles: which optional columns each carrier fills.
# usage mask order: active, out_calls, in_calls, out_sms, in_sms, callees, topup, data
EXPORT = {
    "VIETTEL": dict(imsi=1, iccid=1, stype="all", gender=1, nat="all", prov=1, dev=1, fu=1, popdb=1, status="all",
                    usage=(1, 1, 1, 1, 1, 1, 1, 1), fm_dec=3, selfie="2024-01-01", fm="2024-01-01",
                    style=(0.90, 0.06, 0.04, 0.0, 0.0), outages=1),
    "VINAPHONE": dict(imsi=1, iccid=1, stype="org", gender=1, nat="all", prov=1, dev=1, fu=1, popdb=1, status="all",
                      usage=(1, 1, 1, 1, 1, 0, 1, 1), fm_dec=2, selfie="2026-02-01", fm="2025-07-01",
                      style=(0.22, 0.62, 0.0, 0.0, 0.16), outages=2),
    "MOBIFONE": dict(imsi=1, iccid=1, stype="all", gender=0, nat="foreign", prov=0, dev=1, fu=1, popdb=1, status="all",
                     usage=(1, 1, 1, 1, 1, 1, 1, 0), fm_dec=4, selfie="2026-03-09", fm="2025-10-01",
                     style=(0.60, 0.0, 0.25, 0.15, 0.0), outages=2),
    "VIETNAMOBILE": dict(imsi=1, iccid=1, stype="org", gender=1, nat="foreign", prov=1, dev=0, fu=1, popdb=1, status="all",
                         usage=(1, 1, 1, 1, 1, 0, 0, 0), fm_dec=2, selfie="9999-01-01", fm="2025-11-01",
                         style=(0.50, 0.0, 0.0, 0.50, 0.0), outages=2),
    "GMOBILE": dict(imsi=1, iccid=0, stype="org", gender=1, nat="foreign", prov=0, dev=0, fu=0, popdb=1, status="nonactive",
                    usage=None, fm_dec=2, selfie="9999-01-01", fm="2026-04-15",
                    style=(0.0, 0.0, 0.0, 1.0, 0.0), outages=3),
    "ITEL": dict(imsi=1, iccid=1, stype="all", gender=1, nat="all", prov=0, dev=1, fu=1, popdb=1, status="all",
                 usage=(1, 0, 0, 0, 0, 0, 1, 1), fm_dec=2, selfie="2026-01-20", fm="2026-01-20",
                 style=(0.80, 0.20, 0.0, 0.0, 0.0), outages=2),
    "REDDI": dict(imsi=1, iccid=1, stype="org", gender=1, nat="foreign", prov=0, dev=1, fu=0, popdb=1, status="nonactive",
                  usage=None, fm_dec=2, selfie="2026-04-15", fm="2026-04-15",
                  style=(0.70, 0.0, 0.30, 0.0, 0.0), outages=2),
    "WINTEL": dict(imsi=1, iccid=1, stype="org", gender=1, nat="foreign", prov=0, dev=1, fu=0, popdb=1, status="nonactive",
                   usage=None, fm_dec=2, selfie="2026-04-15", fm="2026-04-15",
                   style=(0.70, 0.0, 0.30, 0.0, 0.0), outages=2),
    "ASIM": dict(imsi=0, iccid=0, stype="org", gender=1, nat="foreign", prov=0, dev=1, fu=0, popdb=1, status="nonactive",
                 usage=None, fm_dec=2, selfie="2026-04-15", fm="2026-04-15",
                 style=(0.70, 0.0, 0.30, 0.0, 0.0), outages=2),
    "DIGILIFE": dict(imsi=0, iccid=0, stype="org", gender=1, nat="foreign", prov=0, dev=1, fu=0, popdb=0, status="nonactive",
                     usage=None, fm_dec=2, selfie="2026-04-15", fm="2026-04-15",
                     style=(0.70, 0.0, 0.30, 0.0, 0.0), outages=0),
    "LOCAL": dict(imsi=0, iccid=0, stype="org", gender=1, nat="foreign", prov=0, dev=1, fu=0, popdb=1, status="nonactive",
                  usage=(1, 0, 0, 0, 0, 0, 0, 1), fm_dec=2, selfie="2026-04-15", fm="2026-04-15",
                  style=(0.70, 0.0, 0.30, 0.0, 0.0), outages=1),
}

# ---------------------------------------------------------------------------
# Names
# ---------------------------------------------------------------------------
SURNAMES = [("Nguyễn", 380), ("Trần", 110), ("Lê", 95), ("Phạm", 71), ("Hoàng", 41), ("Huỳnh", 12),
            ("Phan", 45), ("Vũ", 29), ("Võ", 12), ("Đặng", 21), ("Bùi", 20), ("Đỗ", 14), ("Hồ", 13),
            ("Ngô", 13), ("Dương", 10), ("Lý", 5), ("Đinh", 6), ("Trương", 6), ("Lâm", 4), ("Mai", 4),
            ("Đoàn", 4), ("Trịnh", 4), ("Cao", 3), ("Lương", 3), ("Tạ", 2), ("Hà", 4), ("Kiều", 1),
            ("Quách", 1), ("Thái", 2), ("Tô", 2), ("Chu", 2), ("La", 1), ("Vương", 1), ("Triệu", 1),
            ("Tăng", 1), ("Châu", 2), ("Lưu", 2), ("Nông", 2), ("Lò", 1), ("Văn", 1), ("Khổng", 1)]
MID_M_OLD = [("Văn", 40), ("Đức", 8), ("Minh", 7), ("Quang", 6), ("Hữu", 6), ("Công", 5), ("Thanh", 5),
             ("Xuân", 4), ("Đình", 4), ("Quốc", 4), ("Thế", 3), ("Ngọc", 3), ("Mạnh", 2), ("Trung", 2)]
MID_M_NEW = [("Văn", 8), ("Đức", 8), ("Minh", 10), ("Quang", 6), ("Hữu", 4), ("Gia", 8), ("Bảo", 7),
             ("Anh", 5), ("Hoàng", 5), ("Tuấn", 4), ("Duy", 5), ("Thành", 4), ("Nhật", 5), ("Đăng", 4)]
MID_F_OLD = [("Thị", 45), ("Ngọc", 7), ("Thu", 5), ("Thanh", 5), ("Kim", 4), ("Hồng", 4), ("Minh", 3),
             ("Phương", 3), ("Mỹ", 3), ("Bích", 2), ("Thúy", 2), ("Lan", 2)]
MID_F_NEW = [("Thị", 10), ("Ngọc", 8), ("Thu", 4), ("Phương", 5), ("Bảo", 7), ("Khánh", 6), ("Minh", 6),
             ("Thùy", 5), ("Diệu", 3), ("Hoài", 3), ("Mai", 4), ("Quỳnh", 4), ("Hà", 3), ("Gia", 4)]
GIVEN_M = ("Anh Hùng Dũng Tuấn Minh Hải Hoàng Nam Long Thắng Cường Sơn Hiếu Huy Khoa Phúc Quân Thành "
           "Trung Việt Đức Tâm Toàn Tùng Vinh Bình Hòa Khánh Lâm Lộc Nghĩa Phong Quang Tài Thịnh Trí "
           "Bảo Đạt Duy Hưng Kiên Mạnh Nhân Phát Quý Sang Tân Thái Thiện Tiến Trọng Tú Vũ Khang Khôi "
           "Lợi Hậu Hiển Nguyên Hào Luân Thuận Tín Trường Quyết Chiến Hiệp").split()
GIVEN_F = ("Anh Hương Lan Linh Mai Ngọc Nhung Phương Thảo Trang Hà Hằng Hạnh Hoa Huyền Lệ Loan Ly My "
           "Nga Ngân Nhi Oanh Quyên Quỳnh Tâm Thu Thủy Thúy Trinh Tuyết Uyên Vân Vy Yến Hồng Liên Diệp "
           "Châu Giang Hiền Khánh Lam Nguyệt Phượng Sương Thơ Tiên Trâm Xuân Dung Duyên Bích Chi Diễm "
           "Đào Hảo Huệ Nhàn Tươi").split()
HMONG_SUR = ["Giàng", "Sùng", "Vàng", "Thào", "Mùa", "Lầu", "Hờ", "Lý", "Cứ", "Sền"]
HMONG_GIVEN_M = ["Páo", "Dình", "Chang", "Lử", "Sình", "Dế", "Chư", "Xá", "Súa", "Tủa", "Pó"]
HMONG_GIVEN_F = ["Mỷ", "Pà", "Dua", "Sua", "Mái", "Chở", "Dợ", "Say", "Xo"]
KHMER_SUR = ["Thạch", "Sơn", "Kim", "Danh", "Lâm", "Chau", "Huỳnh", "Lý"]
KHMER_GIVEN_M = ["Sô Phol", "Sóc", "Ren", "Sa Rinh", "Pho", "Chanh Đa", "Sang", "Rích"]
KHMER_GIVEN_F = ["Sa Rên", "Sóc Khone", "Ny", "Sa Ry", "Sô Phi", "Thu Na", "Chanh Thi", "Ra"]

FOREIGN = {
    "CN": (["WANG", "LI", "ZHANG", "LIU", "CHEN", "YANG", "HUANG", "ZHAO", "WU", "ZHOU"],
           ["WEI", "FANG", "NA", "MIN", "JING", "LEI", "JUN", "YAN", "HAO", "QIANG", "XIU YING"], "SG", 45),
    "KR": (["KIM", "LEE", "PARK", "CHOI", "JUNG", "KANG", "CHO", "YOON"],
           ["MIN JUN", "SEO YEON", "JI HOON", "HYE JIN", "DONG HYUN", "SU BIN", "JAE WON"], "SG", 40),
    "JP": (["SATO", "SUZUKI", "TAKAHASHI", "TANAKA", "WATANABE", "ITO"],
           ["HIROSHI", "YUKI", "KENJI", "AYAKA", "TAKUMI", "HARUKA"], "SG", 12),
    "TW": (["CHEN", "LIN", "HUANG", "CHANG", "WU"], ["CHIA HAO", "YI TING", "CHUN HUNG", "MEI LING"], "SG", 10),
    "US": (["SMITH", "JOHNSON", "BROWN", "MILLER", "DAVIS"], ["JOHN", "MICHAEL", "SARAH", "EMILY", "DAVID"], "GF", 8),
    "GB": (["TAYLOR", "WILSON", "EVANS", "WALKER"], ["JAMES", "OLIVER", "SOPHIE", "EMMA"], "GF", 4),
    "AU": (["WILLIAMS", "JONES", "MARTIN"], ["JACK", "CHLOE", "LIAM", "ISLA"], "GF", 4),
    "FR": (["MARTIN", "BERNARD", "DUBOIS", "LEROY"], ["LUCAS", "CAMILLE", "THOMAS", "LEA"], "GF", 3),
    "DE": (["MUELLER", "SCHMIDT", "WEBER", "FISCHER"], ["LUKAS", "ANNA", "FELIX", "LENA"], "GF", 3),
    "IN": (["SHARMA", "PATEL", "SINGH", "KUMAR"], ["RAHUL", "PRIYA", "AMIT", "NEHA"], "GF", 5),
    "KH": (["SOK", "CHAN", "HENG", "LIM", "KEO"], ["DARA", "SOPHEAP", "VUTHY", "CHANTHA", "SREY MOM"], "SG", 8),
    "LA": (["SOUVANNA", "PHOMMA", "KEOLA"], ["BOUNMY", "KHAMPHONE", "NOY"], "GF", 3),
    "TH": (["SAETANG", "WONGSA", "CHAIYA"], ["SOMCHAI", "SUDA", "NIRAN"], "GF", 3),
    "PH": (["DELA CRUZ", "REYES", "SANTOS"], ["JUAN", "MARIA", "JOSE"], "GF", 3),
    "RU": (["IVANOV", "PETROV", "SMIRNOVA"], ["IVAN", "OLGA", "DMITRY", "ANNA"], "GF", 4),
    "SG": (["TAN", "LIM", "NG"], ["WEI MING", "HUI LING", "JUN JIE"], "SG", 3),
    "MY": (["TAN", "WONG", "ABDULLAH"], ["AHMAD", "MEI", "HAFIZ"], "GF", 2),
}

ORG_KIND = ["TNHH", "CỔ PHẦN", "TNHH MỘT THÀNH VIÊN"]
ORG_FIELD = {
    "iot": ["CÔNG NGHỆ ĐO LƯỜNG", "ĐIỆN LỰC", "CẤP NƯỚC", "GIẢI PHÁP IOT", "THANH TOÁN ĐIỆN TỬ", "NĂNG LƯỢNG MẶT TRỜI"],
    "fleet": ["VẬN TẢI", "LOGISTICS", "GIAO NHẬN", "TAXI", "XE KHÁCH", "CHUYỂN PHÁT NHANH"],
    "call": ["TÀI CHÍNH TIÊU DÙNG", "BẢO HIỂM NHÂN THỌ", "DỊCH VỤ KHÁCH HÀNG", "BẤT ĐỘNG SẢN", "THƯƠNG MẠI ĐIỆN TỬ"],
    "staff": ["XÂY DỰNG", "DỆT MAY", "DƯỢC PHẨM", "THỰC PHẨM", "CƠ KHÍ", "ĐIỆN TỬ"],
    "shell": ["THƯƠNG MẠI DỊCH VỤ", "ĐẦU TƯ PHÁT TRIỂN", "TƯ VẤN", "XUẤT NHẬP KHẨU", "TRUYỀN THÔNG"],
}
ORG_BRAND = ["AN PHÁT", "MINH LONG", "HOÀNG GIA", "SAO VIỆT", "ĐẠI DƯƠNG", "PHƯƠNG NAM", "TÂN TIẾN",
             "THÀNH CÔNG", "VIỆT HƯNG", "KHẢI HOÀN", "BẮC NAM", "TRƯỜNG THỊNH", "NAM Á", "HƯNG THỊNH",
             "PHÚ QUÝ", "ĐÔNG DƯƠNG", "THIÊN LONG", "VẠN XUÂN", "HẢI ÂU", "BÌNH MINH", "TOÀN CẦU", "KIM NGÂN"]
PROV_SHORT = {"001": "HÀ NỘI", "079": "HỒ CHÍ MINH", "048": "ĐÀ NẴNG", "031": "HẢI PHÒNG", "074": "BÌNH DƯƠNG",
              "075": "ĐỒNG NAI", "092": "CẦN THƠ", "027": "BẮC NINH", "056": "KHÁNH HÒA", "089": "AN GIANG"}
TAX_PREFIX = {"001": "01", "079": "03", "031": "02", "048": "04", "074": "37", "075": "36", "027": "23",
              "092": "18", "089": "16", "072": "39"}

# ---------------------------------------------------------------------------
# Small helpers
# ---------------------------------------------------------------------------
_DBL = (0, 2, 4, 6, 8, 1, 3, 5, 7, 9)


def luhn_complete(body):
    """Return body + Luhn check digit."""
    total = 0
    dbl = True
    for ch in reversed(body):
        d = ord(ch) - 48
        total += _DBL[d] if dbl else d
        dbl = not dbl
    return body + chr(48 + (10 - total % 10) % 10)


def luhn_ok(s):
    total = 0
    dbl = False
    for ch in reversed(s):
        d = ord(ch) - 48
        total += _DBL[d] if dbl else d
        dbl = not dbl
    return total % 10 == 0


_STRIP_CACHE = {}


def strip_diacritics(s):
    r = _STRIP_CACHE.get(s)
    if r is None:
        t = unicodedata.normalize("NFD", s)
        t = "".join(ch for ch in t if unicodedata.category(ch) != "Mn")
        r = t.replace("Đ", "D").replace("đ", "d")
        if len(_STRIP_CACHE) < 50000:
            _STRIP_CACHE[s] = r
    return r


def cum(weights):
    out = []
    t = 0.0
    for w in weights:
        t += w
        out.append(t)
    return out


class WPick:
    """Weighted picker with precomputed cumulative weights."""
    __slots__ = ("items", "cw", "tot")

    def __init__(self, pairs):
        self.items = [p[0] for p in pairs]
        self.cw = cum([p[1] for p in pairs])
        self.tot = self.cw[-1]

    def __call__(self, rng):
        return self.items[bisect.bisect_right(self.cw, rng.random() * self.tot)]


# hour-of-day profiles (24 weights)
HOURS = {
    "store": [0, 0, 0, 0, 0, 0, 0, 0.1, .6, 1, 1.2, 1.1, .7, .7, .9, 1, 1.1, 1.3, 1.3, 1.1, .8, .3, 0.02, 0],
    "agent": [0, 0, 0, 0, 0, 0, .05, .4, .8, 1, 1.1, 1, .8, .7, .9, 1, 1.1, 1.2, 1.3, 1.3, 1.1, .6, .15, .02],
    "app": [.3, .15, .08, .05, .05, .1, .4, .7, .9, 1, 1, 1, 1.1, .9, .9, .9, .9, 1, 1.1, 1.3, 1.5, 1.5, 1.2, .7],
    "office": [0, 0, 0, 0, 0, 0, 0, .2, 1, 1.2, 1.2, 1, .4, .8, 1.1, 1.1, 1, .5, .05, 0, 0, 0, 0, 0],
    "night": [.7, .4, .2, .05, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, .1, .5, 1, 1.2, 1],
    "evening": [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, .2, .6, 1, 1.2, 1.2, 1, .6, .2],
}
HOUR_CW = {k: cum(v) for k, v in HOURS.items()}


def _epoch(d):
    """Epoch seconds of local (+07:00) midnight of date d."""
    return (d.toordinal() - 719163) * DAY - TZ


def _parse_date(s):
    y, m, d = s.split("-")
    return _dt.date(int(y), int(m), int(d))


class Carrier:
    def __init__(self, idx, d, ex):
        (self.code, self.ab, self.w, self.prefixes, self.mnc, self.iss, mform, self.tstyle) = d
        self.idx = idx
        self.mpre = mform
        self.x_imsi = bool(ex["imsi"] and self.mnc)
        self.imsipre = "452" + self.mnc
        self.x_iccid = bool(ex["iccid"] and self.iss)
        self.serw = 13 if self.code == "VIETTEL" else 12
        self.sermax = 10 ** self.serw
        self.iccpre = "8984" + self.iss
        self.stype_all = ex["stype"] == "all"
        self.x_gender = bool(ex["gender"])
        self.nat_all = ex["nat"] == "all"
        self.x_prov = bool(ex["prov"])
        self.x_dev = bool(ex["dev"])
        self.x_fu = bool(ex["fu"])
        self.x_popdb = bool(ex["popdb"])
        self.status_all = ex["status"] == "all"
        self.umask = ex["usage"]
        self.fm_dec = ex["fm_dec"]
        self.selfie_t = _epoch(_parse_date(ex["selfie"]))
        self.fm_t = _epoch(_parse_date(ex["fm"]))
        self.style_cw = cum(ex["style"])
        self.n_outage = ex["outages"]
        self.outage = set()
        self.camp = []


class Ctx:
    CHUNK = 150000

    def __init__(self, rows, seed, scen_name, scen, tmpdir):
        self.rng = rng = random.Random(f"indep27|{rows}|{seed}|{scen_name}")
        self.N = rows
        self.scen = scen
        self.tmpdir = tmpdir
        year, q = scen["quarter"]
        m = 3 * (q - 1) + 1
        self.d0 = _dt.date(year, m, 1)
        self.d1 = _dt.date(year + 1, 1, 1) if m == 10 else _dt.date(year, m + 3, 1)
        self.D = (self.d1 - self.d0).days
        self.t0 = _epoch(self.d0)
        self.t_end = _epoch(self.d1)
        self.export_t = self.t_end + 14 * DAY + 9 * 3600
        self.usage_cut = self.export_t - 30 * DAY
        self.ref_year = year
        self.t_c08 = _epoch(_dt.date(2026, 4, 15))
        self.vneid_lock = self.export_t > _epoch(_dt.date(2026, 6, 15))
        self.dstr = {}
        self.buf = []
        self.runs = []
        self.count = 0
        self.used_msisdn = set()
        self.used_ids = set()
        self.used_tax = set()
        self.blank = [""] * NCOL
        # carriers
        self.carriers = [Carrier(i, d, EXPORT[d[0]]) for i, d in enumerate(CARRIER_DEFS)]
        self.cby = {c.code: c for c in self.carriers}
        cw = scen.get("carrier_w", {})
        self.cpick = WPick([(c, c.w * cw.get(c.code, 1.0)) for c in self.carriers])
        self.big3 = WPick([(self.cby[k], self.cby[k].w) for k in BIG3])
        self.cshare = {c.code: c.w * cw.get(c.code, 1.0) / self.cpick.tot for c in self.carriers}
        # provinces
        self.nat_pick = WPick(PROVINCES)
        focus = scen.get("focus")
        if focus:
            self.focus_pick = WPick(list(focus.items()))
            self.focus_share = scen.get("focus_share", 0.85)
        else:
            self.focus_pick = None
            self.focus_share = 0.0
        tot_nat = float(sum(PROV_W.values()))
        self.prov_share = {}
        for p in PROV_CODES:
            s = (1 - self.focus_share) * PROV_W[p] / tot_nat
            if focus and p in focus:
                s += self.focus_share * focus[p] / self.focus_pick.tot
            self.prov_share[p] = s
        self.sur_pick = WPick(SURNAMES)
        self.mid = {("M", 0): WPick(MID_M_OLD), ("M", 1): WPick(MID_M_NEW),
                    ("F", 0): WPick(MID_F_OLD), ("F", 1): WPick(MID_F_NEW)}
        self.for_pick = WPick([(k, v[3]) for k, v in FOREIGN.items()])
        # device type allocation codes (TAC): popular phones dominate
        def tacs(n, pre, zipf=1.1):
            out = []
            for i in range(n):
                out.append((rng.choice(pre) + "%06d" % rng.randrange(10 ** 6), 1.0 / (i + 1) ** zipf))
            return WPick(out)
        self.tac_phone = tacs(180, ["35", "35", "86", "86", "86", "35"])
        self.tac_tablet = tacs(8, ["35", "86"], 0.8)
        self.tac_feature = tacs(20, ["35", "86", "01"], 0.9)
        self.tac_module = tacs(6, ["86"], 0.7)
        self.tac_tracker = tacs(5, ["86"], 0.7)
        self.tac_simbox = tacs(3, ["86"], 0.5)
        self.tac_modem = tacs(4, ["86", "35"], 0.5)
        # calendar
        self._build_days()
        for c in self.carriers:
            c.outage_idx = sorted(rng.sample(range(self.D), c.n_outage)) if c.n_outage else []
            # absolute local day numbers for quick lookup in emit
            c.outage = {(self.t0 + TZ) // DAY + d for d in c.outage_idx}
            good = [d for d in range(self.D) if d not in self.holiday_idx]
            wk = [d for d in good if (self.d0 + _dt.timedelta(d)).weekday() >= 5]
            c.camp = sorted(set(rng.sample(wk, min(len(wk), 2)) + rng.sample(good, 2)))
        # national population-database maintenance window: half a day, all carriers
        self.nat_outage_day = rng.randrange(self.D)
        # point-of-sale registry
        self.pos_n = {}
        self.pos_reg = {}

    # ------------------------------------------------------------------ calendar
    def _build_days(self):
        y = self.ref_year
        hol = set()
        spans = [((y, 1, 1), (y, 1, 1)), ((y, 4, 30), (y, 5, 3)), ((y, 9, 1), (y, 9, 2)),
                 ((2025, 8, 30), (2025, 9, 2)), ((2026, 2, 14), (2026, 2, 22)), ((2026, 4, 25), (2026, 4, 27))]
        for a, b in spans:
            da, db = _dt.date(*a), _dt.date(*b)
            while da <= db:
                hol.add(da)
                da += _dt.timedelta(1)
        pre_tet = {_dt.date(2026, 2, 6) + _dt.timedelta(i) for i in range(8)}
        self.holiday_idx = set()
        prof = {k: [] for k in ("retail", "office", "eom", "flat", "worker", "late_q")}
        for i in range(self.D):
            d = self.d0 + _dt.timedelta(i)
            wd = d.weekday()
            nxt = d + _dt.timedelta(1)
            last3 = (d + _dt.timedelta(3)).month != d.month
            w = (0.92, 0.9, 0.9, 0.92, 1.0, 1.25, 1.3)[wd]
            if d in hol:
                w *= 0.35
                self.holiday_idx.add(i)
            if d in pre_tet:
                w *= 1.4
            if d.day <= 5:
                w *= 1.08
            prof["retail"].append(w)
            prof["office"].append(0.05 if d in hol else (1, 1, 1, 1, 1, .25, .03)[wd])
            prof["eom"].append(((2.0 if nxt.month != d.month else 1.4 if (d + _dt.timedelta(2)).month != d.month else 1.0)
                                if last3 else 0.0))
            prof["flat"].append(1.0)
            ww = (0.6, 0.6, 0.6, 0.6, 0.7, 1.5, 2.5)[wd]
            if d.day in (5, 6, 10, 11, 20):
                ww *= 1.8
            prof["worker"].append(ww * (0.3 if d in hol else 1.0))
            prof["late_q"].append(1.0 + 2.0 * i / self.D)
        self.day_cw = {k: cum(v) for k, v in prof.items()}
        self.eom_days = [i for i, w in enumerate(prof["eom"]) if w > 0]

    def day(self, prof="retail"):
        cw = self.day_cw[prof]
        return bisect.bisect_right(cw, self.rng.random() * cw[-1])

    def at(self, day, hprof="agent"):
        cw = HOUR_CW[hprof]
        h = bisect.bisect_right(cw, self.rng.random() * cw[-1])
        return self.t0 + day * DAY + h * 3600 + self.rng.randrange(3600)

    def when(self, dprof="retail", hprof="agent"):
        return self.at(self.day(dprof), hprof)

    def clamp_t(self, ts):
        if ts < self.t0:
            return self.t0 + self.rng.randrange(3600 * 9, 3600 * 10)
        if ts >= self.t_end:
            return self.t_end - 1 - self.rng.randrange(3600)
        return ts

    def fmt_ts(self, ts, style):
        if style == "utc":
            t, suf = ts, "+00:00"
        else:
            t, suf = ts + TZ, "+07:00"
        dn, s = divmod(t, DAY)
        ds = self.dstr.get(dn)
        if ds is None:
            ds = self.dstr[dn] = _dt.date.fromordinal(dn + 719163).isoformat()
        h, r = divmod(s, 3600)
        mi, se = divmod(r, 60)
        if style == "ms":
            return "%sT%02d:%02d:%02d.%03d%s" % (ds, h, mi, se, (ts * 7919) % 1000, suf)
        return "%sT%02d:%02d:%02d%s" % (ds, h, mi, se, suf)

    # ------------------------------------------------------------------ pickers
    def pick_res(self):
        if self.focus_pick is not None and self.rng.random() < self.focus_share:
            return self.focus_pick(self.rng)
        return self.nat_pick(self.rng)

    def carrier(self):
        return self.cpick(self.rng)

    def imei(self, picker):
        return luhn_complete(picker(self.rng) + "%06d" % self.rng.randrange(10 ** 6))

    def imei_series(self, picker, k):
        tac = picker(self.rng)
        base = self.rng.randrange(10 ** 6 - k - 1)
        return [luhn_complete(tac + "%06d" % (base + i)) for i in range(k)]

    def phone(self, p):
        if p[8] is None:
            p[8] = self.imei(self.tac_feature if (self.ref_year - p[9] > 68 and self.rng.random() < 0.5)
                             else self.tac_phone)
        return p[8]

    def cap(self, face, k=None):
        rng = self.rng
        if k is None:
            r = rng.random()
            k = 0 if r < .22 else 1 if r < .52 else 2 if r < .78 else 3 if r < .92 else 4
        for _ in range(k):
            face ^= 1 << rng.randrange(64)
        return face

    def fm_legit(self, lo=0.78, hi=0.995, mode=0.94):
        return self.rng.triangular(lo, hi, mode)

    def popdb_legit(self):
        r = self.rng.random()
        return "MATCH" if r < 0.972 else "MISMATCH" if r < 0.984 else "NOT_FOUND" if r < 0.988 else "UNCHECKED"

    def status_legit(self, ts=None):
        r = self.rng.random()
        if self.vneid_lock and r < 0.03:
            return "ONE_WAY_LOCKED"
        return ("TERMINATED" if r < 0.006 else "ONE_WAY_LOCKED" if r < 0.010 else
                "TWO_WAY_LOCKED" if r < 0.012 else "ACTIVE")

    def status_fraud(self, lock_p, non=1, owner_confirms=False):
        """lock_p: share already locked after complaints / inspections."""
        r = self.rng.random()
        if self.vneid_lock and non and not owner_confirms and r < 0.65:
            return "ONE_WAY_LOCKED" if r < 0.5 else "TWO_WAY_LOCKED"
        r = self.rng.random()
        if r < lock_p * 0.5:
            return "ONE_WAY_LOCKED"
        if r < lock_p:
            return "TWO_WAY_LOCKED"
        if r < lock_p + 0.02:
            return "TERMINATED"
        return "ACTIVE"

    # ------------------------------------------------------------------ identities
    def make_name(self, g, by, bprov, surname=None):
        rng = self.rng
        if surname is None:
            if bprov in HMONG_PROVS and rng.random() < 0.3:
                sur = rng.choice(HMONG_SUR)
                return "%s %s %s" % (sur, "A" if g == "M" else "Thị",
                                     rng.choice(HMONG_GIVEN_M if g == "M" else HMONG_GIVEN_F)), sur
            if bprov in KHMER_PROVS and rng.random() < 0.2:
                sur = rng.choice(KHMER_SUR)
                mid = ("Văn " if g == "M" else "Thị ") if rng.random() < 0.5 else ""
                return "%s %s%s" % (sur, mid, rng.choice(KHMER_GIVEN_M if g == "M" else KHMER_GIVEN_F)), sur
            sur = self.sur_pick(rng)
        else:
            sur = surname
        mid = self.mid[(g, 1 if by >= 1995 else 0)](rng)
        given = rng.choice(GIVEN_M if g == "M" else GIVEN_F)
        if g == "F" and mid != "Thị" and rng.random() < 0.12:
            mid = "Thị " + mid
        elif g == "M" and rng.random() < 0.06:
            mid = mid + " " + rng.choice(("Minh", "Quốc", "Hoàng", "Anh"))
        if mid.endswith(given):
            given = rng.choice(GIVEN_M if g == "M" else GIVEN_F)
        return "%s %s %s" % (sur, mid, given), sur

    def make_cccd(self, ppp, g, by, gd=None, yy=None):
        if gd is None:
            gd = (by // 100 - 19) * 2 + (1 if g == "F" else 0)
        if yy is None:
            yy = by % 100
        head = int("%s%d%02d" % (ppp, gd, yy)) * 1000000
        used = self.used_ids
        rng = self.rng
        while True:
            v = head + rng.randrange(1000000)
            if v not in used:
                used.add(v)
                return "%012d" % v

    def new_person(self, lo=16, hi=75, mode=30, res=None, birth=None, gender=None, surname=None):
        rng = self.rng
        g = gender or ("M" if rng.random() < 0.5 else "F")
        if res is None:
            res = self.pick_res()
        if birth is None:
            birth = res if rng.random() < 0.8 else self.nat_pick(rng)
        age = int(rng.triangular(lo, hi + 0.999, mode))
        by = self.ref_year - age
        o = _dt.date(by, 1, 1).toordinal() + rng.randrange(365)
        dob = _dt.date.fromordinal(o).isoformat()
        name, sur = self.make_name(g, by, birth, surname)
        idn = self.make_cccd(birth, g, by)
        return ["CCCD", idn, name, dob, g, "VN", res, rng.getrandbits(64), None, by, sur, birth]

    def to_cmnd(self, p, twelve=False):
        """Turn a person into a legacy CMND holder (9-digit; rarely the 12-digit legacy card)."""
        rng = self.rng
        if twelve:
            # legacy 12-digit card: digits deliberately not a consistent CCCD decoding
            while True:
                v = "%03d%d%08d" % (rng.randrange(1, 100), rng.choice((6, 7, 8, 9)), rng.randrange(10 ** 8))
                if v not in self.used_tax:
                    self.used_tax.add(v)
                    break
        else:
            pre = CMND_PREFIX.get(p[11]) or "%02d" % rng.randrange(4, 39)
            while True:
                v = pre + "%0*d" % (9 - len(pre), rng.randrange(10 ** (9 - len(pre))))
                if v not in self.used_tax:
                    self.used_tax.add(v)
                    break
        p[0] = "CMND"
        p[1] = v
        return p

    def foreigner(self, nat=None, lo=20, hi=65, mode=35, res=None):
        rng = self.rng
        nat = nat or self.for_pick(rng)
        sur, giv, order, _ = FOREIGN[nat]
        g = "M" if rng.random() < 0.55 else "F"
        name = ("%s %s" % (rng.choice(sur), rng.choice(giv))) if order == "SG" else \
               ("%s %s" % (rng.choice(giv), rng.choice(sur)))
        age = int(rng.triangular(lo, hi + 0.999, mode))
        by = self.ref_year - age
        dob = _dt.date.fromordinal(_dt.date(by, 1, 1).toordinal() + rng.randrange(365)).isoformat()
        if nat == "CN":
            pp = "E%08d" % rng.randrange(10 ** 8)
        elif nat == "KR":
            pp = "M%08d" % rng.randrange(10 ** 8)
        elif nat == "JP":
            pp = "T%s%07d" % (rng.choice("KRZ"), rng.randrange(10 ** 7))
        elif nat in ("US", "GB", "AU"):
            pp = "%09d" % rng.randrange(10 ** 9)
        else:
            pp = "%s%07d" % (rng.choice("ABCKNPN"), rng.randrange(10 ** 7))
        res = res or rng.choice(("001", "079", "079", "048", "056", "027", "074", "031", "091"))
        return ["PASSPORT", pp, name, dob, g, nat, res, rng.getrandbits(64), None, by, "", ""]

    def org(self, field, prov=None, new=False):
        rng = self.rng
        prov = prov or self.pick_res()
        kind = rng.choice(ORG_KIND)
        name = "CÔNG TY %s %s %s" % (kind, rng.choice(ORG_FIELD[field]), rng.choice(ORG_BRAND))
        if new:
            name += " %d" % rng.randrange(1, 99)
        elif rng.random() < 0.15:
            name += ", CHI NHÁNH %s" % PROV_SHORT.get(prov, "MIỀN NAM")
        pre = TAX_PREFIX.get(prov, "%02d" % rng.randrange(10, 64))
        while True:
            # established companies: low serials; fresh shells: recent high serials
            tail = rng.randrange(9000000, 10 ** 8) if new else rng.randrange(10 ** 3, 6 * 10 ** 7)
            tax = pre + "%08d" % tail
            if tax not in self.used_tax:
                self.used_tax.add(tax)
                break
        return ["ORG", tax, name, "", "", "VN", prov, None, None, 0, "", prov]

    # ------------------------------------------------------------------ numbers
    def msisdn(self, c):
        rng = self.rng
        used = self.used_msisdn
        while True:
            cc = self.carriers[rng.randrange(5)] if rng.random() < 0.015 else c
            pre = rng.choice(cc.prefixes)
            if pre == "99":
                v = int("99%d%06d" % (rng.randint(3, 7), rng.randrange(10 ** 6)))
            else:
                v = int(pre) * 10000000 + rng.randrange(10 ** 7)
            if v not in used:
                used.add(v)
                return str(v)

    def msisdn_block(self, c, k, step=3):
        rng = self.rng
        used = self.used_msisdn
        pre = rng.choice([p for p in c.prefixes if p != "99"] or c.prefixes)
        v = int(pre) * 10000000 + rng.randrange(10 ** 7 - k * (step + 1) - 10)
        out = []
        while len(out) < k:
            v += rng.randint(1, step)
            if v not in used:
                used.add(v)
                out.append(str(v))
        return out

    # ------------------------------------------------------------------ points of sale
    def pos_count(self, c, prov, kind):
        key = (c.idx, prov, kind)
        n = self.pos_n.get(key)
        if n is None:
            exp = self.N * self.cshare[c.code] * self.prov_share.get(prov, 0.001)
            n = max(2, int(round(exp * 0.5 / 110))) if kind == "A" else max(1, int(round(exp * 0.25 / 700)))
            self.pos_n[key] = n
        return n

    def pos_at(self, c, prov, kind, i):
        pk = (c.idx, prov, kind, i)
        p = self.pos_reg.get(pk)
        if p is None:
            rng = self.rng
            if kind == "S":
                devs = self.imei_series(self.tac_tablet, rng.randint(2, 6))
            elif kind == "M":  # carrier's mobile registration team (Decree 163 Art.16(1))
                devs = [self.imei(self.tac_tablet) for _ in range(rng.randint(1, 2))]
            else:
                devs = [self.imei(self.tac_phone) for _ in range(rng.choice((1, 1, 1, 2, 2, 3)))]
            p = {"id": "%s%s%s%04d" % (c.ab, prov, kind, i), "dev": devs, "ser": 0, "left": 0,
                 "c": c, "prov": prov, "kind": kind}
            self.pos_reg[pk] = p
        return p

    def pos(self, c, prov, kind="A"):
        n = self.pos_count(c, prov, kind)
        return self.pos_at(c, prov, kind, int(n * self.rng.random() ** 1.7))

    def pos_ser(self, p):
        if p["left"] <= 0:
            c = p["c"]
            p["ser"] = self.rng.randrange(c.sermax // 10, c.sermax - 10 ** 4)
            p["left"] = self.rng.choice((100, 200, 500))
        p["left"] -= 1
        p["ser"] += 1
        return p["ser"]

    # ------------------------------------------------------------------ usage
    TOPUPS = (0, 20000, 50000, 50000, 100000, 100000, 100000, 120000, 150000, 200000, 200000, 300000, 500000)

    def usage(self, prof):
        """Early-life usage (first 30 days) as 8 ints:
        active, out_calls, in_calls, out_sms, in_sms, distinct_callees, topup_vnd, data_mb."""
        rng = self.rng
        ri = rng.randint
        if prof == "primary" or prof == "staff" or prof == "resold" or prof == "student":
            ad = ri(18, 30)
            oc = int(rng.lognormvariate(3.5, 0.75))
            ic = int(oc * rng.uniform(0.6, 1.5)) + ri(0, 10)
            os_ = int(rng.expovariate(1 / 7.0))
            is_ = ri(8, 90)
            dc = min(oc + os_, int((oc + os_) * rng.uniform(0.15, 0.5)) + ri(1, 8))
            top = 0 if prof == "staff" else rng.choice(self.TOPUPS)
            data = int(rng.lognormvariate(8.9 if prof == "student" else 8.2, 0.9))
            return (ad, oc, ic, os_, is_, dc, top, data)
        if prof == "light":
            ad = ri(6, 25)
            oc = ri(2, 30)
            ic = ri(3, 40)
            os_ = ri(0, 5)
            is_ = ri(4, 40)
            dc = min(oc + os_, ri(1, 9))
            return (ad, oc, ic, os_, is_, dc, rng.choice((0, 10000, 20000, 50000, 50000, 100000)),
                    int(rng.lognormvariate(6.3, 1.1)))
        if prof == "elderly":
            oc = ri(1, 25)
            return (ri(8, 30), oc, ri(8, 60), ri(0, 2), ri(2, 25), min(oc, ri(1, 7)),
                    rng.choice((20000, 50000, 50000, 100000)), ri(0, 250) if rng.random() < 0.5 else 0)
        if prof == "unused":
            return (0, 0, 0, 0, 0, 0, 0, 0)
        if prof == "backup":
            oc = ri(0, 5)
            return (ri(1, 8), oc, ri(0, 8), ri(0, 2), ri(1, 20), min(oc, ri(0, 3)),
                    rng.choice((0, 0, 10000, 20000)), ri(0, 400))
        if prof == "data_only":
            return (ri(14, 30), 0, 0, 0, ri(2, 15), 0, rng.choice((70000, 90000, 120000, 150000, 250000)),
                    int(rng.lognormvariate(9.4, 0.7)))
        if prof == "iot":
            return (ri(27, 30), 0, 0, ri(0, 4), ri(0, 3), ri(0, 1), 0, ri(1, 60))
        if prof == "fleet":
            os_ = ri(0, 40)
            return (ri(24, 30), 0, ri(0, 2), os_, ri(0, 10), min(os_, ri(1, 2)), 0, ri(15, 300))
        if prof == "callcentre":
            oc = ri(1100, 3800)
            return (ri(20, 26), oc, ri(150, 900), ri(0, 60), ri(5, 30), int(oc * rng.uniform(0.5, 0.85)), 0, ri(0, 200))
        if prof == "tourist":
            oc = ri(0, 10)
            return (ri(4, 15), oc, ri(0, 10), ri(0, 3), ri(3, 15), min(oc, ri(0, 6)),
                    rng.choice((100000, 150000, 200000, 300000)), ri(1500, 15000))
        if prof == "simbox":
            oc = ri(800, 3500)
            return (ri(15, 30), oc, ri(0, 8), 0, ri(0, 5), int(oc * rng.uniform(0.7, 0.95)),
                    ri(30, 200) * 10000, 0)
        if prof == "simbox_warm":
            oc = ri(60, 300)
            os_ = ri(0, 20)
            return (ri(20, 30), oc, ri(20, 120), os_, ri(5, 40), int((oc + os_) * rng.uniform(0.55, 0.85)),
                    rng.choice((50000, 100000, 100000, 200000)), ri(0, 300))
        if prof == "spam_sms":
            os_ = ri(1500, 15000)
            return (ri(5, 25), ri(0, 5), ri(0, 3), os_, ri(0, 10), int(os_ * rng.uniform(0.8, 0.99)),
                    ri(20, 100) * 10000, 0)
        if prof == "otp":
            return (ri(3, 25), 0, ri(0, 2), 0, ri(20, 400), 0, rng.choice((0, 0, 10000)), 0)
        if prof == "otp_warm":
            oc = ri(0, 6)
            os_ = ri(0, 5)
            return (ri(10, 28), oc, ri(1, 8), os_, ri(30, 250), min(oc + os_, ri(0, 5)),
                    rng.choice((10000, 20000, 20000, 30000)), ri(0, 150))
        if prof == "scam":
            oc = ri(100, 700)
            return (ri(2, 12), oc, ri(0, 20), ri(0, 30), ri(0, 10), int(oc * rng.uniform(0.7, 0.95)),
                    ri(5, 50) * 10000, ri(0, 500))
        if prof == "scam_warm":
            oc = ri(40, 200)
            os_ = ri(0, 20)
            return (ri(8, 25), oc, ri(10, 60), os_, ri(5, 40), int((oc + os_) * rng.uniform(0.5, 0.8)),
                    ri(5, 20) * 10000, ri(100, 3000))
        if prof == "crossborder":
            oc = ri(400, 2000)
            return (ri(18, 30), oc, ri(0, 15), ri(0, 40), ri(0, 15), int(oc * rng.uniform(0.8, 0.97)),
                    ri(20, 150) * 10000, ri(0, 2000))
        if prof == "mule":
            return (ri(5, 25), ri(0, 3), ri(0, 3), ri(0, 2), ri(10, 80), ri(0, 2),
                    rng.choice((0, 10000, 20000)), ri(0, 100))
        raise ValueError(prof)

    # ------------------------------------------------------------------ output
    def emit(self, c, n9, p, ts, ch, agent, dev, face, fm, popdb, status, fu, use, junk, non, pat,
             ser=None, style=-1, name=None):
        rng = self.rng
        f = self.blank[:]
        f[0] = c.code
        f[1] = c.mpre + n9
        if c.x_imsi:
            f[2] = "%s%010d" % (c.imsipre, rng.randrange(10 ** 10))
        if c.x_iccid:
            f[3] = luhn_complete(c.iccpre + "%0*d" % (c.serw, ser if ser is not None else rng.randrange(c.sermax)))
        org = p[0] == "ORG"
        if org:
            f[4] = "ORGANIZATION"
        elif c.stype_all:
            f[4] = "INDIVIDUAL"
        f[5] = p[0]
        f[6] = p[1]
        nm = name or p[2]
        if c.code == "GMOBILE":
            style = 3
        elif style < 0:
            style = bisect.bisect_right(c.style_cw, rng.random() * c.style_cw[-1])
        if style == 1:
            nm = nm.upper()
        elif style == 2:
            nm = strip_diacritics(nm)
        elif style == 3:
            nm = strip_diacritics(nm).upper()
        elif style == 4:
            nm = unicodedata.normalize("NFD", nm)
        if "," in nm or '"' in nm:
            nm = '"' + nm.replace('"', '""') + '"'
        f[7] = nm
        f[8] = p[3]
        if c.x_gender and not org:
            f[9] = p[4]
        if c.nat_all or p[5] != "VN":
            f[10] = p[5]
        if c.x_prov:
            f[11] = p[6]
        ts = int(ts)
        if ts < self.t0 or ts >= self.t_end:
            ts = self.clamp_t(ts)
        f[12] = self.fmt_ts(ts, c.tstyle)
        f[13] = ch
        f[14] = agent or ""
        if dev and c.x_dev:
            f[15] = dev
        if face is not None and ts >= c.selfie_t:
            f[16] = "%016x" % face
        if fm is not None and ts >= c.fm_t:
            f[17] = "%.*f" % (c.fm_dec, min(0.9999, max(0.0, fm)))
        if c.x_popdb and popdb and not org:
            dn = (ts + TZ) // DAY
            if dn in c.outage or (dn - (self.t0 + TZ) // DAY == self.nat_outage_day
                                  and 9 <= ((ts + TZ) % DAY) // 3600 < 15):
                popdb = "UNCHECKED"
            f[18] = popdb
        if c.status_all or status != "ACTIVE":
            f[19] = status
        if fu and c.x_fu:
            f[20] = fu
        if use is not None and c.umask is not None and ts <= self.usage_cut:
            m = c.umask
            for i in range(8):
                if m[i]:
                    f[21 + i] = str(use[i])
        key = n9 if c.code == "MOBIFONE" else "%011d" % ts
        self.buf.append(("%02d%s\t%s,84%s,%d,%d,%s\t%s" % (c.idx, key, c.code, n9, junk, non, pat,
                                                            ",".join(f))).encode("utf-8"))
        self.count += 1
        if len(self.buf) >= self.CHUNK:
            self.flush()

    def flush(self):
        if not self.buf:
            return
        self.buf.sort()
        path = os.path.join(self.tmpdir, "run%04d.txt" % len(self.runs))
        with open(path, "wb") as fh:
            fh.write(b"\n".join(self.buf))
            fh.write(b"\n")
        self.runs.append(path)
        self.buf = []

    def write(self, outdir):
        os.makedirs(outdir, exist_ok=True)
        bpath = os.path.join(outdir, "batch.csv")
        lpath = os.path.join(outdir, "labels.csv")
        if self.runs:
            self.flush()
            fhs = [open(p, "rb") for p in self.runs]
            it = heapq.merge(*fhs)
        else:
            self.buf.sort()
            fhs = []
            it = iter(self.buf)
        with open(bpath, "wb") as fb, open(lpath, "wb") as fl:
            fb.write(HEADER.encode("utf-8") + b"\r\n")
            fl.write(b"carrier,msisdn,junk,non_owner,pattern\n")
            bl, ll = [], []
            for line in it:
                _, lab, row = line.rstrip(b"\n").split(b"\t")
                bl.append(row)
                ll.append(lab)
                if len(bl) >= 20000:
                    fb.write(b"\r\n".join(bl) + b"\r\n")
                    fl.write(b"\n".join(ll) + b"\n")
                    bl, ll = [], []
            if bl:
                fb.write(b"\r\n".join(bl) + b"\r\n")
                fl.write(b"\n".join(ll) + b"\n")
        self.buf = []
        for fh in fhs:
            fh.close()

    # ------------------------------------------------------------------ common legit path
    def legit_one(self, c, p, ts, ch, pos, pat, prof="primary", dev=None, style=-1, fm=None,
                  popdb=None, fu=None, status=None, name=None, n9=None, face=None):
        """A genuine subscriber registering one SIM for themself."""
        rng = self.rng
        own = self.phone(p)
        if dev is None:
            dev = rng.choice(pos["dev"]) if pos is not None else (own if ch == "EKYC_APP" else "")
        use = self.usage(prof)
        if fu is None:
            fu = own if use[0] > 0 or rng.random() < 0.7 else ""
        self.emit(c, n9 or self.msisdn(c), p, ts, ch, pos["id"] if pos is not None else "", dev,
                  face if face is not None else self.cap(p[7]), fm if fm is not None else self.fm_legit(),
                  popdb or self.popdb_legit(), status or self.status_legit(), fu, use, 0, 0, pat,
                  self.pos_ser(pos) if pos is not None else None, style, name)

    # ================================================================== legitimate actors
    def g_walkin(self, q, st):
        """Ordinary walk-in customers at dealers (AGENT) and carrier shops (STORE)."""
        rng = self.rng
        end = self.count + q
        while self.count < end:
            p = self.new_person(16, 78, 31)
            c = self.carrier()
            kind = "S" if rng.random() < 0.35 else "A"
            ch = "STORE" if kind == "S" else "AGENT"
            pos = self.pos(c, p[6], kind)
            ts = self.when("retail", "store" if kind == "S" else "agent")
            self.legit_one(c, p, ts, ch, pos, "legit_walkin", "primary" if rng.random() < 0.72 else "light")
            if self.count < end and rng.random() < 0.04:
                # a second SIM in the same visit: for a tablet / pocket wifi or a second phone
                prof = rng.choice(("data_only", "backup", "light"))
                fu = self.imei(self.tac_tablet) if prof == "data_only" else None
                self.legit_one(c, p, ts + rng.randint(60, 420), ch, pos,
                               "legit_data_only" if prof == "data_only" else "legit_multi_sim", prof, fu=fu)

    def g_ekyc(self, q, st):
        """Self-service in the carrier app on the subscriber's own phone, or web with delivery."""
        rng = self.rng
        end = self.count + q
        while self.count < end:
            p = self.new_person(16, 65, 26)
            c = self.carrier()
            ts = self.when("retail", "app")
            if rng.random() < 0.17:
                own = self.phone(p)
                self.legit_one(c, p, ts, "ONLINE", None, "legit_online_delivery",
                               "primary" if rng.random() < 0.8 else "data_only",
                               dev=own if rng.random() < 0.6 else "")
            else:
                self.legit_one(c, p, ts, "EKYC_APP", None, "legit_ekyc_self",
                               "primary" if rng.random() < 0.75 else "light")

    def g_campaign(self, q, st):
        """Busy carrier shops on campaign days: hundreds of genuine registrations, sequential kits."""
        rng = self.rng
        end = self.count + q
        while self.count < end:
            c = self.big3(rng) if rng.random() < 0.85 else self.carrier()
            prov = self.pick_res()
            pos = self.pos(c, prov, "S")
            day = rng.choice(c.camp)
            k = min(end - self.count, rng.randint(80, 420))
            gap = 12.5 * 3600.0 / k
            ts = self.t0 + day * DAY + 8 * 3600 + rng.randint(0, 1200)
            block = self.msisdn_block(c, k, 2) if rng.random() < 0.5 else None
            for j in range(k):
                ts += rng.expovariate(1.0 / gap)
                p = self.new_person(16, 70, 26, res=prov)
                r = rng.random()
                prof = "primary" if r < 0.6 else "light" if r < 0.8 else "data_only" if r < 0.9 else "student"
                self.legit_one(c, p, ts, "STORE", pos, "legit_campaign_store", prof,
                               n9=block[j] if block else None)

    def g_family(self, q, st):
        """Families registering relatives together: often on one phone in the app."""
        rng = self.rng
        end = self.count + q
        while self.count < end:
            res = self.pick_res()
            sur = self.sur_pick(rng)
            fam = [self.new_person(38, 62, 47, res=res, gender="M", surname=sur),
                   self.new_person(36, 60, 44, res=res, gender="F")]
            for _ in range(rng.choice((0, 1, 1, 2, 2, 3))):
                fam.append(self.new_person(14, 26, 18, res=res, surname=sur, birth=fam[0][11]))
            if rng.random() < 0.45:
                fam.append(self.new_person(66, 90, 74, res=res, surname=sur, gender="M", birth=fam[0][11]))
            if rng.random() < 0.45:
                fam.append(self.new_person(63, 90, 72, res=res, gender="F", birth=fam[0][11]))
            k = rng.randint(2, len(fam))
            members = rng.sample(fam, k)
            c = self.carrier()
            if rng.random() < 0.6:
                helper = max(members, key=lambda m: (18 <= self.ref_year - m[9] <= 45, -m[9]))
                dev = self.phone(helper)
                ts = self.when("retail", "app")
                ch, pos, pat = "EKYC_APP", None, "legit_family_one_phone"
            else:
                pos = self.pos(c, res, "S" if rng.random() < 0.4 else "A")
                dev = rng.choice(pos["dev"])
                ts = self.when("retail", "store")
                ch, pos, pat = ("STORE" if pos["kind"] == "S" else "AGENT"), pos, "legit_family_visit"
            for m in members:
                if self.count >= end:
                    break
                cc = c if (ch != "EKYC_APP" or rng.random() < 0.85) else self.carrier()
                age = self.ref_year - m[9]
                prof = "elderly" if age >= 63 else "student" if age < 23 else "primary"
                self.legit_one(cc, m, ts, ch, pos,
                               pat, prof, dev=dev if ch == "EKYC_APP" else None,
                               fm=self.fm_legit(0.6, 0.97, 0.85) if age >= 63 else None)
                ts += rng.randint(90, 900)

    def g_elderly(self, q, st):
        """Elderly people helped by shop staff; carrier mobile teams visiting communes."""
        rng = self.rng
        end = self.count + q
        while self.count < end:
            c = self.big3(rng) if rng.random() < 0.9 else self.carrier()
            if rng.random() < 0.025:
                # mobile registration point of the carrier in a commune: one day, one tablet
                prov = self.pick_res()
                pos = self.pos_at(c, prov, "M", rng.randrange(3))
                k = min(end - self.count, rng.randint(20, 80))
                ts = self.at(self.day("office"), "office")
                ts = ts - (ts - self.t0) % DAY + 8 * 3600 + rng.randint(0, 1800)
                birth = prov if rng.random() < 0.9 else None
                pat, ch = "legit_mobile_point_commune", "STORE"
            else:
                prov = None
                pos = None
                k = 1
                pat = "legit_elderly_assisted"
            for _ in range(k):
                p = self.new_person(62, 92, 72, res=prov, birth=birth if prov else None)
                if rng.random() < 0.22:
                    self.to_cmnd(p)
                if pos is None or pat == "legit_elderly_assisted":
                    kind = "S" if rng.random() < 0.5 else "A"
                    pos = self.pos(c, p[6], kind)
                    ch = "STORE" if kind == "S" else "AGENT"
                    ts = self.when("retail", "store")
                else:
                    ts += rng.randint(180, 700)
                r = rng.random()
                popdb = "MATCH" if r < 0.9 else "MISMATCH" if r < 0.98 else "NOT_FOUND"
                st_ = self.status_legit()
                if popdb != "MATCH" and ts < self.export_t - 35 * DAY and rng.random() < 0.4:
                    st_ = "ONE_WAY_LOCKED"
                self.legit_one(c, p, ts, ch, pos, pat, "elderly", style=3 if rng.random() < 0.4 else -1,
                               fm=self.fm_legit(0.52, 0.92, 0.76), popdb=popdb, status=st_,
                               fu=self.imei(self.tac_feature) if rng.random() < 0.7 else None)

    def _g_org(self, q, field, pat, prof, kmin, kmax, tac):
        rng = self.rng
        end = self.count + q
        while self.count < end:
            prov = rng.choice(INDUSTRIAL_PROVS) if rng.random() < 0.5 else self.pick_res()
            o = self.org(field, prov)
            c = self.big3(rng) if rng.random() < 0.92 else self.carrier()
            pos = self.pos(c, prov, "S")
            dev = rng.choice(pos["dev"])
            k = min(end - self.count, rng.randint(kmin, kmax))
            nb = rng.choice((1, 1, 2, 3)) if k > 30 else 1
            seq = field in ("iot", "fleet") or rng.random() < 0.4
            nums = self.msisdn_block(c, k, 1) if seq else [self.msisdn(c) for _ in range(k)]
            fus = self.imei_series(tac, k) if tac is not None else None
            per = -(-k // nb)
            for j in range(k):
                if j % per == 0:
                    ts = self.at(self.day("office"), "office")
                ts += rng.randint(4, 40)
                if fus is not None:
                    fu = fus[j] if rng.random() < 0.85 else ""
                else:
                    fu = self.imei(self.tac_phone)
                use = self.usage(prof) if fu else self.usage("unused")
                st_ = "ACTIVE" if rng.random() < 0.99 else "TERMINATED"
                self.emit(c, nums[j], o, ts, "STORE", pos["id"], dev, None, None, None, st_, fu, use,
                          0, 0, pat, self.pos_ser(pos))

    def g_org_iot(self, q, st):
        self._g_org(q, "iot", "legit_org_iot", "iot", 50, 800, self.tac_module)

    def g_org_fleet(self, q, st):
        self._g_org(q, "fleet", "legit_org_fleet", "fleet", 20, 300, self.tac_tracker)

    def g_org_call(self, q, st):
        self._g_org(q, "call", "legit_org_callcentre", "callcentre", 40, 300, None)

    def g_org_staff(self, q, st):
        self._g_org(q, "staff", "legit_org_staff", "staff", 10, 120, None)

    def g_multi(self, q, st):
        """People with several legal SIMs over the quarter (second phone, data-only, backup)."""
        rng = self.rng
        end = self.count + q
        while self.count < end:
            p = self.new_person(20, 60, 33)
            k = rng.choice((2, 2, 2, 3, 3, 4, 5))
            c0 = self.carrier()
            app_used = {}
            router = None
            on_phone = 0  # a handset holds at most two SIMs
            d = self.day("retail")
            for j in range(k):
                if self.count >= end:
                    break
                c = c0 if rng.random() < 0.6 else self.carrier()
                if j == 0:
                    prof, pat = "primary", "legit_multi_sim"
                else:
                    prof = rng.choice(("data_only", "backup", "light", "backup"))
                    pat = {"data_only": "legit_data_only", "backup": "legit_backup_sim"}.get(prof, "legit_multi_sim")
                fu = None
                if prof == "data_only":
                    if router is None:
                        router = self.imei(self.tac_modem if rng.random() < 0.5 else self.tac_tablet)
                    fu = router
                elif prof == "light" and rng.random() < 0.6:
                    fu = self.imei(self.tac_phone)  # second handset
                elif on_phone >= 2:
                    fu = self.imei(self.tac_feature)  # an old spare phone for the backup SIM
                else:
                    on_phone += 1
                dd = min(self.D - 1, d + rng.randint(0, 40)) if j else d
                n_app = app_used.get(c.code, 0)
                if n_app < 3 and rng.random() < 0.55:
                    app_used[c.code] = n_app + 1
                    self.legit_one(c, p, self.at(dd, "app"), "EKYC_APP", None, pat, prof, fu=fu)
                else:
                    kind = "S" if rng.random() < 0.4 else "A"
                    self.legit_one(c, p, self.at(dd, "store"), "STORE" if kind == "S" else "AGENT",
                                   self.pos(c, p[6], kind), pat, prof, fu=fu)

    def g_foreigner(self, q, st):
        """Foreign visitors and residents with passports (in person), overseas Vietnamese."""
        rng = self.rng
        end = self.count + q
        while self.count < end:
            c = self.big3(rng) if rng.random() < 0.9 else self.carrier()
            if rng.random() < 0.1:
                p = self.new_person(20, 70, 38)
                p[0] = "PASSPORT"
                p[1] = "%s%07d" % (rng.choice("BCNP"), rng.randrange(10 ** 7))
                pat, prof, popdb = "legit_overseas_vn_passport", "tourist", "MATCH" if rng.random() < .6 else "UNCHECKED"
            else:
                p = self.foreigner(res=self.focus_pick(rng) if self.focus_pick is not None and rng.random() < 0.5 else None)
                pat = "legit_foreigner_passport"
                prof = "tourist" if rng.random() < 0.6 else "primary"
                popdb = "UNCHECKED"
            pos = self.pos(c, p[6], "S")
            self.legit_one(c, p, self.when("flat", "store"), "STORE", pos, pat, prof, popdb=popdb,
                           style=0, fm=self.fm_legit(0.72, 0.98, 0.9))

    def g_migrant(self, q, st):
        """Migrant workers in industrial zones: Sundays, paydays, factory-gate dealers."""
        rng = self.rng
        end = self.count + q
        fp = self.focus_pick
        while self.count < end:
            res = fp(rng) if fp is not None and rng.random() < 0.8 else rng.choice(INDUSTRIAL_PROVS)
            c = self.carrier()
            if rng.random() < 0.25:
                # a group of friends using one friend's phone in the app
                grp = [self.new_person(18, 40, 23, res=res, birth=rng.choice(ORIGIN_PROVS))
                       for _ in range(rng.randint(2, 4))]
                dev = self.phone(grp[0])
                ts = self.when("worker", "evening")
                for m in grp:
                    if self.count >= end:
                        break
                    self.legit_one(c, m, ts, "EKYC_APP", None, "legit_migrant_shared_phone",
                                   "primary" if rng.random() < 0.7 else "light", dev=dev)
                    ts += rng.randint(120, 900)
            else:
                p = self.new_person(18, 42, 24, res=res, birth=rng.choice(ORIGIN_PROVS))
                pos = self.pos_at(c, res, "A", rng.randrange(min(6, self.pos_count(c, res, "A"))))
                self.legit_one(c, p, self.when("worker", "evening" if rng.random() < 0.6 else "agent"),
                               "AGENT", pos, "legit_migrant_worker", "primary" if rng.random() < 0.7 else "light",
                               style=2 if rng.random() < 0.2 else -1)

    def g_typo(self, q, st):
        """Honest typing errors: popdb MISMATCH / NOT_FOUND, often locked until corrected."""
        rng = self.rng
        end = self.count + q
        while self.count < end:
            p = self.new_person(18, 75, 35)
            c = self.carrier()
            r = rng.random()
            name = None
            q2 = p
            popdb = "MISMATCH"
            words = p[2].split(" ")
            if r < 0.35:
                i = rng.randrange(len(words))
                words[i] = strip_diacritics(words[i]) if rng.random() < 0.5 else words[i] + words[i][-1]
                name = " ".join(words)
                if name == p[2]:
                    name = " ".join(words[:1] + words[2:]) if len(words) > 2 else p[2] + "h"
            elif r < 0.55:
                w = words[-1]
                if len(w) > 2:
                    j = rng.randrange(len(w) - 1)
                    w = w[:j] + w[j + 1] + w[j] + w[j + 2:]
                words[-1] = w
                name = " ".join(words)
                if name == p[2]:
                    name = p[2] + "h"
            elif r < 0.8:
                y, mth, d = p[3].split("-")
                q2 = list(p)
                if rng.random() < 0.2:
                    # year keyed one off (now inconsistent with the CCCD year digits)
                    q2[3] = "%04d-%s-%s" % (int(y) + rng.choice((-1, 1)), mth, d if d != "29" else "28")
                elif int(d) <= 12 and d != mth:
                    q2[3] = "%s-%s-%s" % (y, d, mth)
                else:
                    q2[3] = "%s-%s-%02d" % (y, mth, max(1, min(28, int(d) + rng.choice((-1, 1)))))
            else:
                q2 = list(p)
                idn = p[1]
                while True:
                    j = rng.randrange(6, 12)
                    cand = idn[:j] + str((int(idn[j]) + rng.randint(1, 9)) % 10) + idn[j + 1:]
                    if int(cand) not in self.used_ids:
                        self.used_ids.add(int(cand))
                        break
                q2[1] = cand
                popdb = "NOT_FOUND" if rng.random() < 0.6 else "MISMATCH"
            ts = self.when("retail", "agent")
            st_ = "ONE_WAY_LOCKED" if ts < self.export_t - 30 * DAY and rng.random() < 0.4 else self.status_legit()
            kind = rng.random()
            if kind < 0.4:
                self.legit_one(c, q2, ts, "EKYC_APP", None, "legit_typo", "primary", popdb=popdb, status=st_, name=name)
            else:
                k2 = "S" if kind < 0.6 else "A"
                self.legit_one(c, q2, ts, "STORE" if k2 == "S" else "AGENT", self.pos(c, p[6], k2), "legit_typo",
                               "primary", popdb=popdb, status=st_, name=name)

    def g_student(self, q, st):
        """Student promotions on campus: bursts at one dealer desk, sequential promo numbers."""
        rng = self.rng
        end = self.count + q
        fp = self.focus_pick
        while self.count < end:
            prov = fp(rng) if fp is not None and rng.random() < 0.7 else rng.choice(UNIVERSITY_PROVS)
            c = self.big3(rng)
            pos = self.pos_at(c, prov, "A", rng.randrange(min(4, self.pos_count(c, prov, "A"))))
            k = min(end - self.count, rng.randint(30, 160))
            days = sorted(rng.sample(range(min(self.D, 30)), rng.randint(1, 3)))
            block = self.msisdn_block(c, k, 3)
            per = -(-k // len(days))
            for j in range(k):
                if j % per == 0:
                    ts = self.t0 + days[j // per] * DAY + 8 * 3600 + rng.randint(0, 3600)
                ts += rng.randint(60, 400)
                p = self.new_person(18, 21, 18, res=prov, birth=rng.choice(ORIGIN_PROVS) if rng.random() < .7 else None)
                self.legit_one(c, p, ts, "AGENT", pos, "legit_student_campus", "student", n9=block[j])

    def g_shop_app(self, q, st):
        """Dealer staff doing the app registration on the shop's phone for customers without smartphones."""
        rng = self.rng
        end = self.count + q
        while self.count < end:
            c = self.carrier()
            prov = self.pick_res()
            shop_phone = self.imei(self.tac_phone)
            k = min(end - self.count, rng.randint(15, 90))
            for _ in range(k):
                p = self.new_person(30, 85, 60, res=prov)
                self.legit_one(c, p, self.when("retail", "agent"), "EKYC_APP", None, "legit_shop_assisted_app",
                               "elderly" if self.ref_year - p[9] > 62 else "light", dev=shop_phone,
                               fm=self.fm_legit(0.6, 0.97, 0.85), fu=self.imei(self.tac_feature))

    def g_cmnd(self, q, st):
        """Holders of legacy CMND cards (mostly 9-digit, rarely the 12-digit legacy card)."""
        rng = self.rng
        end = self.count + q
        while self.count < end:
            p = self.to_cmnd(self.new_person(40, 85, 60), twelve=rng.random() < 0.08)
            c = self.carrier()
            kind = "S" if rng.random() < 0.55 else "A"
            r = rng.random()
            popdb = "MATCH" if r < 0.86 else "MISMATCH" if r < 0.96 else "NOT_FOUND"
            self.legit_one(c, p, self.when("retail", "store"), "STORE" if kind == "S" else "AGENT",
                           self.pos(c, p[6], kind), "legit_cmnd_legacy", "elderly" if r < 0.5 else "light",
                           popdb=popdb, fm=self.fm_legit(0.55, 0.95, 0.8))

    # ================================================================== fraud helpers
    SELLER_PROVS = ["002", "011", "012", "014", "062", "064", "094", "084", "096", "095", "093", "010", "004", "067"]

    def dirty_pos(self, c, prov):
        """A busy dealer (low index = high legitimate traffic too)."""
        return self.pos_at(c, prov, "A", self.rng.randrange(min(5, self.pos_count(c, prov, "A"))))

    def cheap_carrier(self):
        if self.rng.random() < 0.3:
            return self.cby[self.rng.choice(("VIETNAMOBILE", "ITEL", "WINTEL", "GMOBILE", "VIETNAMOBILE", "ITEL"))]
        return self.carrier()

    def burst_times(self, k, days, hprof, gap_lo, gap_hi, size_lo, size_hi):
        rng = self.rng
        out = []
        while len(out) < k:
            m = min(k - len(out), rng.randint(size_lo, size_hi))
            ts = self.at(rng.choice(days), hprof)
            for _ in range(m):
                out.append(ts)
                ts += rng.randint(gap_lo, gap_hi)
        return out

    def fake_person(self, prov):
        """Fabricated identity. Returns (person, popdb result)."""
        rng = self.rng
        p = self.new_person(18, 70, 35, res=prov)
        r = rng.random()
        if r < 0.4:
            return p, "NOT_FOUND"
        if r < 0.7:
            g, by = p[4], p[9]
            if rng.random() < 0.5:
                gd = (by // 100 - 19) * 2 + (0 if g == "F" else 1)
                yy = by % 100
            else:
                gd = (by // 100 - 19) * 2 + (1 if g == "F" else 0)
                yy = (by + rng.choice((-7, -3, -1, 1, 2, 5))) % 100
            p[1] = self.make_cccd(p[11], g, by, gd=gd, yy=yy)
            return p, ("NOT_FOUND" if rng.random() < 0.5 else "MISMATCH")
        victim = self.new_person(18, 80, 40)
        p[1] = victim[1]
        return p, "MISMATCH"

    def pick_prof(self, mix):
        r = self.rng.random()
        for prof, w in mix:
            r -= w
            if r < 0:
                return prof
        return mix[-1][0]

    # ================================================================== fraud actors
    def g_dealer_preact(self, q, st):
        """Dealer pre-activating kits for resale on leaked and fabricated documents.
        Quotas -> end-of-month pushes in the evening; fabricated documents on days the
        population-database check is down. Stealth: only leaked (MATCH) identities, a few a day."""
        rng = self.rng
        end = self.count + q
        while self.count < end:
            c = self.big3(rng) if rng.random() < 0.75 else self.carrier()
            prov = self.pick_res()
            pos = self.dirty_pos(c, prov)
            stock = [rng.getrandbits(64) for _ in range(rng.randint(15, 30) if st else rng.randint(3, 8))]
            leak_provs = [self.nat_pick(rng), self.nat_pick(rng), prov]
            k = min(end - self.count, rng.randint(40, 150) if st else rng.randint(60, 400))
            out_idx = set(c.outage_idx)
            if st:
                times = [self.when("retail", "agent") for _ in range(k)]
                block = None
            else:
                days = self.eom_days * 3 + c.outage_idx * 2
                times = self.burst_times(k, days, rng.choice(("evening", "night")), 20, 90, 15, 80)
                block = self.msisdn_block(c, k, 2)
            leaked, reuse = None, 0
            for j in range(k):
                ts = times[j]
                on_out = (ts - self.t0) // DAY in out_idx
                if not st and rng.random() < (0.8 if on_out else 0.2):
                    p, popdb = self.fake_person(rng.choice(leak_provs))
                    pat, non = "dealer_preact_fabricated_id", 0
                else:
                    if leaked is None or reuse <= 0:
                        leaked = self.new_person(18, 80, 42, res=rng.choice(leak_provs))
                        reuse = 1 if st else rng.choice((1, 1, 2, 2, 3))
                    reuse -= 1
                    p, popdb, pat, non = leaked, "MATCH", "dealer_preact_leaked_id", 1
                prof = self.pick_prof((("unused", 0.55), ("resold", 0.3), ("scam", 0.15)))
                use = self.usage(prof)
                fu = "" if prof == "unused" else self.imei(self.tac_phone)
                status = self.status_fraud(0.1, non)
                if popdb != "MATCH" and ts < self.export_t - 35 * DAY and rng.random() < 0.45:
                    status = "TWO_WAY_LOCKED"
                self.emit(c, block[j] if block else self.msisdn(c), p, ts, "AGENT", pos["id"], rng.choice(pos["dev"]),
                          self.cap(rng.choice(stock)), rng.uniform(0.55, 0.85) if st else rng.uniform(0.1, 0.5),
                          popdb, status, fu, use, 1, non, pat, self.pos_ser(pos))

    def g_agent_self(self, q, st):
        """Dealer activating many SIMs on their own ID (stealth: rotating family members' IDs)."""
        rng = self.rng
        end = self.count + q
        while self.count < end:
            c = self.big3(rng) if rng.random() < 0.8 else self.carrier()
            prov = self.pick_res()
            pos = self.dirty_pos(c, prov)
            dealer = self.new_person(24, 48, 33, res=prov)
            if st:
                ids = [dealer, self.new_person(22, 46, 32, res=prov, gender="F" if dealer[4] == "M" else "M")]
                for _ in range(rng.randint(1, 3)):
                    ids.append(self.new_person(50, 78, 62, res=prov, surname=dealer[10], birth=dealer[11]))
                caps = [rng.randint(4, 8) for _ in ids]
                k = min(end - self.count, sum(caps))
                seq = [i for i, n in enumerate(caps) for _ in range(n)]
                rng.shuffle(seq)
                times = sorted(self.when("retail", "agent") for _ in range(k))
                pat = "agent_family_ids"
            else:
                ids = [dealer]
                k = min(end - self.count, rng.randint(30, 300))
                seq = [0] * k
                times = self.burst_times(k, self.eom_days, "evening", 15, 60, 20, 100)
                pat = "agent_own_id_mass"
            photos = [self.cap(x[7]) for x in ids]
            for j in range(k):
                i = seq[j]
                face = self.cap(photos[i], rng.randint(0, 1)) if st else self.cap(ids[i][7])
                prof = self.pick_prof((("unused", 0.5), ("resold", 0.4), ("scam", 0.1)))
                use = self.usage(prof)
                fu = "" if prof == "unused" else self.imei(self.tac_phone)
                self.emit(c, self.msisdn(c), ids[i], times[j], "AGENT", pos["id"], rng.choice(pos["dev"]), face,
                          self.fm_legit(0.8, 0.99, 0.93), "MATCH", self.status_fraud(0.08, 1), fu, use, 1, 1, pat,
                          self.pos_ser(pos))

    def g_walkin_extra(self, q, st):
        """Dealer adding extra SIMs on genuine walk-in customers' documents (the customer's own
        SIM is legitimate). Extras reuse the customer's selfie capture and the same tablet."""
        rng = self.rng
        end = self.count + q
        while self.count < end:
            c = self.big3(rng) if rng.random() < 0.8 else self.carrier()
            prov = self.pick_res()
            pos = self.dirty_pos(c, prov)
            rate = 0.12 if st else 0.3
            for _ in range(rng.randint(20, 120)):
                if self.count >= end:
                    break
                p = self.new_person(18, 82, 45, res=prov)
                ts = self.when("retail", "agent")
                dev = rng.choice(pos["dev"])
                face0 = self.cap(p[7])
                fm0 = self.fm_legit()
                self.legit_one(c, p, ts, "AGENT", pos, "legit_walkin", "primary" if rng.random() < 0.7 else "light",
                               dev=dev, face=face0, fm=fm0, popdb="MATCH")
                if rng.random() >= rate:
                    continue
                for _ in range(1 if st else rng.choice((1, 1, 1, 2, 2, 3))):
                    if self.count >= end:
                        break
                    te, d2 = ts + rng.randint(40, 900), dev
                    if not st and rng.random() < 0.35:
                        later = [d for d in self.eom_days if self.t0 + d * DAY > ts]
                        if later:
                            te, d2 = self.at(later[0], "evening"), rng.choice(pos["dev"])
                    face = face0 if (not st and rng.random() < 0.7) else self.cap(face0, rng.randint(1, 3))
                    fm = fm0 if not st else fm0 + rng.uniform(-0.02, 0.02)
                    prof = self.pick_prof((("unused", 0.5), ("resold", 0.4), ("scam", 0.1)))
                    use = self.usage(prof)
                    fu = "" if prof == "unused" else self.imei(self.tac_phone)
                    self.emit(c, self.msisdn(c), p, te, "AGENT", pos["id"], d2, face, fm, "MATCH",
                              self.status_fraud(0.04, 1), fu, use, 1, 1, "walkin_extra_sim", self.pos_ser(pos))

    def g_theft_ring(self, q, st):
        """Identity-theft ring: stolen CCCD images, a few phones, a few faces (operators or ID-photo
        replays), app/online channels, <=3 per carrier per victim, scam use.
        Stealth: many phones, face-swap selfies close to the victim's face, daytime, warm usage."""
        rng = self.rng
        end = self.count + q
        while self.count < end:
            phones = [self.imei(self.tac_phone) for _ in range(rng.randint(20, 40) if st else rng.randint(3, 6))]
            callers = phones if (not st and rng.random() < 0.5) else \
                [self.imei(self.tac_phone) for _ in range(rng.randint(3, 8))]
            ops = [rng.getrandbits(64) for _ in range(rng.randint(2, 4))]
            leak_provs = [self.nat_pick(rng) for _ in range(2)]
            waves = rng.sample(range(self.D), min(self.D, rng.randint(8, 20)))
            carriers = list({self.carrier().code: 1 for _ in range(6)})
            k_ring = min(end - self.count, rng.randint(100, 600))
            stop = self.count + k_ring
            while self.count < stop:
                v = self.new_person(20, 70, 38, res=rng.choice(leak_provs) if rng.random() < 0.6 else None)
                if rng.random() < 0.1:
                    cv = self.carrier()
                    self.legit_one(cv, v, self.when("retail", "agent"), "AGENT", self.pos(cv, v[6], "A"),
                                   "legit_walkin")
                for code in rng.sample(carriers, min(len(carriers), rng.randint(1, 3))):
                    c = self.cby[code]
                    for _ in range(rng.randint(1, 2) if st else rng.randint(1, 3)):
                        if self.count >= stop:
                            break
                        ch = "EKYC_APP" if rng.random() < 0.7 else "ONLINE"
                        ts = self.when("retail", "app") if st else self.at(rng.choice(waves), rng.choice(("night", "evening")))
                        if st:
                            face, fm = self.cap(v[7], rng.randint(5, 10)), rng.uniform(0.72, 0.93)
                        elif rng.random() < 0.3:
                            face, fm = self.cap(v[7], rng.randint(4, 8)), rng.uniform(0.5, 0.8)
                        else:
                            face, fm = self.cap(rng.choice(ops)), rng.uniform(0.2, 0.62)
                        if st:
                            prof = self.pick_prof((("scam_warm", 0.55), ("otp_warm", 0.25), ("resold", 0.2)))
                        else:
                            prof = self.pick_prof((("scam", 0.6), ("otp", 0.25), ("unused", 0.15)))
                        use = self.usage(prof)
                        fu = "" if prof == "unused" else (self.imei(self.tac_phone) if st else rng.choice(callers))
                        dev = rng.choice(phones) if (ch == "EKYC_APP" or rng.random() < 0.5) else ""
                        self.emit(c, self.msisdn(c), v, ts, ch, "", dev, face, fm, "MATCH",
                                  self.status_fraud(0.12 if st else 0.35, 1), fu, use, 1, 1, "identity_theft_ring")

    def g_sim_farm(self, q, st):
        """SIM farm buying identity kits from a few sellers (rural provinces, skewed ages),
        registering through complicit dealers or the app on farm phones; SIM boxes are the
        first-use devices (each port IMEI sees several SIMs). Stealth: spoofed phone IMEIs,
        warmed-up traffic, many dealers, one SIM per identity per carrier."""
        rng = self.rng
        end = self.count + q
        fp = self.focus_pick
        while self.count < end:
            farm_prov = fp(rng) if fp is not None else rng.choice(INDUSTRIAL_PROVS)
            sellers = []
            for _ in range(rng.randint(2, 4)):
                sp = rng.sample(self.SELLER_PROVS, rng.randint(1, 2))
                sellers.append((sp, (60, 85, 68) if rng.random() < 0.4 else (18, 24, 19)))
            ports = []
            for _ in range(rng.randint(2, 8)):
                ports += self.imei_series(self.tac_simbox, rng.choice((8, 16, 32)))
            farm_phones = [self.imei(self.tac_phone) for _ in range(rng.randint(6, 15) if st else rng.randint(1, 3))]
            agents = [self.dirty_pos(self.big3(rng), farm_prov) for _ in range(rng.randint(5, 10) if st else rng.randint(1, 2))]
            k_farm = min(end - self.count, rng.randint(150, 900))
            stop = self.count + k_farm
            sess_days = rng.sample(range(self.D), min(self.D, rng.randint(5, 12)))
            while self.count < stop:
                sp, (lo, hi, mode) = rng.choice(sellers)
                home = rng.choice(sp)
                p = self.new_person(lo, hi, mode, res=home, birth=home)
                for _ in range(rng.randint(1, 2)):
                    c = self.cheap_carrier()
                    for _ in range(1 if st else rng.randint(1, 3)):
                        if self.count >= stop:
                            break
                        face, fm = self.cap(p[7], rng.randint(2, 6)), (rng.uniform(0.75, 0.93) if st else rng.uniform(0.62, 0.88))
                        if rng.random() < (0.6 if st else 0.7):
                            pos = rng.choice(agents)
                            if pos["c"] is not c:
                                pos = self.dirty_pos(c, farm_prov)
                            ch, agent, dev, ser = "AGENT", pos["id"], rng.choice(pos["dev"]), self.pos_ser(pos)
                        else:
                            ch, agent, dev, ser = "EKYC_APP", "", rng.choice(farm_phones), None
                        ts = self.when("retail", "agent") if st else self.at(rng.choice(sess_days), "evening")
                        if st:
                            prof = self.pick_prof((("simbox_warm", 0.6), ("otp_warm", 0.3), ("unused", 0.1)))
                        else:
                            prof = self.pick_prof((("simbox", 0.6), ("otp", 0.25), ("unused", 0.15)))
                        use = self.usage(prof)
                        fu = "" if prof == "unused" else (self.imei(self.tac_phone) if st else rng.choice(ports))
                        self.emit(c, self.msisdn(c), p, ts, ch, agent, dev, face, fm, "MATCH",
                                  self.status_fraud(0.08 if st else 0.25, 1), fu, use, 1, 1, "simfarm_bought_id", ser)

    def g_otp_sink(self, q, st):
        """OTP-sink SIMs on bought identities, delivered online or activated in the app on a few
        operator phones, living in USB-modem pools (each modem hosts many SIMs over time)."""
        rng = self.rng
        end = self.count + q
        while self.count < end:
            modems = [self.imei(self.tac_phone if st else self.tac_modem) for _ in range(rng.randint(5, 40))]
            ophones = [self.imei(self.tac_phone) for _ in range(rng.randint(8, 15) if st else rng.randint(2, 4))]
            sp = rng.sample(self.SELLER_PROVS, 2)
            k_op = min(end - self.count, rng.randint(80, 500))
            stop = self.count + k_op
            while self.count < stop:
                home = rng.choice(sp) if rng.random() < 0.7 else None
                p = self.new_person(18, 70, 25, res=home, birth=home)
                c = self.cheap_carrier()
                for _ in range(rng.randint(1, 2) if st else rng.randint(1, 3)):
                    if self.count >= stop:
                        break
                    ch = "ONLINE" if rng.random() < 0.5 else "EKYC_APP"
                    dev = rng.choice(ophones) if ch == "EKYC_APP" or rng.random() < 0.4 else ""
                    use = self.usage("otp_warm" if st else "otp")
                    fu = self.imei(self.tac_phone) if st else rng.choice(modems)
                    self.emit(c, self.msisdn(c), p, self.when("retail", "app") if st else self.when("flat", "night"),
                              ch, "", dev, self.cap(p[7], rng.randint(3, 7)), rng.uniform(0.55, 0.86), "MATCH",
                              self.status_fraud(0.1 if st else 0.2, 1), fu, use, 1, 1, "otp_sink_bought_id")

    def g_rented(self, q, st):
        """Identity renters: a real person registers SIMs in person and hands them over for a fee
        (they even confirm ownership in VNeID). Stealth: 2-3 per carrier, several carriers, several days."""
        rng = self.rng
        end = self.count + q
        while self.count < end:
            devs = [self.imei(self.tac_modem if rng.random() < 0.5 else self.tac_phone) for _ in range(rng.randint(3, 12))]
            for _ in range(rng.randint(5, 30)):
                if self.count >= end:
                    break
                young = rng.random() < 0.7
                p = self.new_person(18, 28, 20) if young else self.new_person(58, 78, 65)
                plan = []
                if st:
                    for _ in range(rng.randint(1, 2)):
                        plan.append((self.carrier(), rng.randint(2, 3), self.day("retail")))
                else:
                    plan.append((self.carrier(), rng.randint(4, 9), self.day("retail")))
                for c, k, d in plan:
                    kind = "S" if rng.random() < 0.3 else "A"
                    pos = self.pos(c, p[6], kind)
                    ts = self.at(d, "agent")
                    for _ in range(k):
                        if self.count >= end:
                            break
                        ts += rng.randint(60, 300)
                        prof = self.pick_prof(((("otp_warm" if st else "otp"), 0.5), (("scam_warm" if st else "scam"), 0.3), ("mule", 0.2)))
                        self.emit(c, self.msisdn(c), p, ts, "STORE" if kind == "S" else "AGENT", pos["id"],
                                  rng.choice(pos["dev"]), self.cap(p[7]), self.fm_legit(), "MATCH",
                                  self.status_fraud(0.08, 1, owner_confirms=True),
                                  self.imei(self.tac_phone) if (st and rng.random() < 0.7) else rng.choice(devs),
                                  self.usage(prof), 1, 1, "rented_identity", self.pos_ser(pos))

    def g_mule(self, q, st):
        """Students selling a 'kit' (SIM + bank account): registered genuinely in the app on their own
        phone, then moved to the buyer's device (device change)."""
        rng = self.rng
        end = self.count + q
        nb = rng.randint(60, 150) if st else rng.randint(5, 15)
        buyer_devs = [self.imei(self.tac_modem) for _ in range(nb)] + \
                     [self.imei(self.tac_phone) for _ in range(nb)]
        while self.count < end:
            p = self.new_person(18, 24, 19)
            c = self.carrier()
            ts = self.when("retail", "app")
            status = self.status_fraud(0.05, 1, owner_confirms=True)
            if ts >= self.t_c08 and rng.random() < 0.4:
                status = "ONE_WAY_LOCKED"  # Circular 08 device-change lock
            self.emit(c, self.msisdn(c), p, ts, "EKYC_APP", "", self.phone(p), self.cap(p[7]), self.fm_legit(),
                      "MATCH", status, rng.choice(buyer_devs), self.usage("mule"), 1, 1, "mule_sim_bank_kit")

    def g_shell_org(self, q, st):
        """Freshly created shell companies registering hundreds of SIMs for an outbound 'call centre'
        that is really a scam operation (JUNK, not NON_OWNER)."""
        rng = self.rng
        end = self.count + q
        while self.count < end:
            prov = self.pick_res()
            c = self.big3(rng) if rng.random() < 0.8 else self.carrier()
            nshell = rng.randint(2, 4) if st else 1
            gw = self.imei_series(self.tac_simbox, rng.choice((16, 32, 64)))
            for _ in range(nshell):
                if self.count >= end:
                    break
                o = self.org("shell", prov, new=True)
                kind = "S" if rng.random() < 0.5 else "A"
                pos = self.pos(c, prov, kind)
                k = min(end - self.count, rng.randint(30, 80) if st else rng.randint(100, 400))
                nb = rng.randint(1, 3)
                per = -(-k // nb)
                for j in range(k):
                    if j % per == 0:
                        ts = self.at(self.day("office"), "office")
                    ts += rng.randint(10, 60)
                    use = self.usage("scam_warm" if st else "simbox")
                    fu = self.imei(self.tac_phone) if st else rng.choice(gw)
                    self.emit(c, self.msisdn(c), o, ts, "STORE" if kind == "S" else "AGENT", pos["id"],
                              rng.choice(pos["dev"]), None, None, None, self.status_fraud(0.2, 0), fu, use,
                              1, 0, "shell_org_callcentre", self.pos_ser(pos))

    def g_spam_sms(self, q, st):
        """Fabricated identities keyed in by a complicit dealer while the population-database check
        is down; SIMs end up in SIM boxes blasting SMS spam."""
        rng = self.rng
        end = self.count + q
        while self.count < end:
            c = self.cheap_carrier()
            prov = self.pick_res()
            pos = self.dirty_pos(c, prov)
            stock = [rng.getrandbits(64) for _ in range(rng.randint(2, 6))]
            ports = self.imei_series(self.tac_simbox, rng.choice((16, 32)))
            k = min(end - self.count, rng.randint(50, 250))
            days = (c.outage_idx * 4 + self.eom_days) if (c.outage_idx and not st) else list(range(self.D))
            times = self.burst_times(k, days, "night" if not st else "agent", 20, 120,
                                     1 if st else 10, 5 if st else 60)
            for j in range(k):
                p, popdb = self.fake_person(prov)
                self.emit(c, self.msisdn(c), p, times[j], "AGENT", pos["id"], rng.choice(pos["dev"]),
                          self.cap(rng.choice(stock)), rng.uniform(0.1, 0.45), popdb, self.status_fraud(0.4, 0),
                          rng.choice(ports), self.usage("spam_sms"), 1, 0, "spam_sms_fabricated_id", self.pos_ser(pos))

    def g_nominee(self, q, st):
        """A relative / colleague registers a SIM in person for someone who lacks valid papers
        (undocumented foreign worker, expired card): a real end user, but not the owner."""
        rng = self.rng
        end = self.count + q
        while self.count < end:
            owner = self.new_person(22, 60, 35)
            c = self.carrier()
            kind = "S" if rng.random() < 0.3 else "A"
            pos = self.pos(c, owner[6], kind)
            self.emit(c, self.msisdn(c), owner, self.when("retail", "agent"), "STORE" if kind == "S" else "AGENT",
                      pos["id"], rng.choice(pos["dev"]), self.cap(owner[7]), self.fm_legit(), "MATCH",
                      self.status_legit(), self.imei(self.tac_phone), self.usage("primary"), 0, 1,
                      "nominee_borrowed_id", self.pos_ser(pos))

    def g_crossborder(self, q, st):
        """Recruiters in border provinces buy young locals' identities; the owners are brought to a
        few local dealers to register 2-3 SIMs per carrier; the SIMs go to scam compounds abroad
        and are used on a few dozen handsets there."""
        rng = self.rng
        end = self.count + q
        fp = self.focus_pick
        while self.count < end:
            prov = fp(rng) if fp is not None else rng.choice(("089", "072", "091", "070", "020", "010"))
            handsets = [self.imei(self.tac_phone) for _ in range(rng.randint(10, 30))]
            agents = {}
            k_op = min(end - self.count, rng.randint(60, 400))
            stop = self.count + k_op
            while self.count < stop:
                p = self.new_person(18, 30, 21, res=prov, birth=prov)
                for c in rng.sample(self.carriers[:3], rng.randint(1, 3)):
                    pos = agents.get(c.code)
                    if pos is None:
                        pos = agents[c.code] = self.dirty_pos(c, prov)
                    ts = self.when("retail", "agent")
                    for _ in range(rng.randint(2, 3)):
                        if self.count >= stop:
                            break
                        ts += rng.randint(60, 400)
                        self.emit(c, self.msisdn(c), p, ts, "AGENT", pos["id"], rng.choice(pos["dev"]),
                                  self.cap(p[7]), self.fm_legit(0.75, 0.98, 0.9), "MATCH",
                                  self.status_fraud(0.3, 1), rng.choice(handsets), self.usage("crossborder"),
                                  1, 1, "crossborder_scam_export", self.pos_ser(pos))


# ======================================================================= scenarios
LEGIT_DEFAULT = dict(ekyc=0.17, campaign=0.05, family=0.035, elderly=0.03, org_iot=0.03, org_fleet=0.01,
                     org_call=0.005, org_staff=0.01, multi=0.07, foreigner=0.01, migrant=0.05, typo=0.012,
                     student=0.015, shop_app=0.02, cmnd=0.006)
FRAUD_DEFAULT = dict(dealer_preact=0.009, agent_self=0.002, walkin_extra=0.008, theft_ring=0.005,
                     sim_farm=0.005, otp_sink=0.003, rented=0.002, mule=0.002, shell_org=0.001,
                     spam_sms=0.001, nominee=0.001)


def _mix(base, **over):
    d = dict(base)
    d.update(over)
    return d


SCENARIOS = {
    "national_default": dict(
        desc="National mix, Q1 2026 (Tet in February): ~3.5% fraud across all actor types, many look-alikes.",
        quarter=(2026, 1), stealth=False, legit=LEGIT_DEFAULT, fraud=FRAUD_DEFAULT),
    "clean_baseline": dict(
        desc="National Q1 2026 with no fraud at all and extra look-alikes (false-positive baseline).",
        quarter=(2026, 1), stealth=False,
        legit=_mix(LEGIT_DEFAULT, campaign=0.08, family=0.05, elderly=0.05, org_iot=0.05, multi=0.09,
                   migrant=0.07, shop_app=0.03), fraud={}),
    "campaign_season": dict(
        desc="Q3 2025 back-to-school / National Day promotions: store and campus bursts; low fraud hidden in the crowd.",
        quarter=(2025, 3), stealth=False,
        legit=_mix(LEGIT_DEFAULT, campaign=0.16, student=0.07, family=0.05),
        fraud=dict(dealer_preact=0.006, walkin_extra=0.006, agent_self=0.002, theft_ring=0.002)),
    "dealer_quota_push": dict(
        desc="Thanh Hoa DST review, Q4 2025: dealers with quotas, end-of-month pushes, popdb-outage exploitation, extras on walk-ins.",
        quarter=(2025, 4), stealth=False, focus={"038": 1.0}, focus_share=0.9,
        carrier_w={"VIETNAMOBILE": 2.0, "ITEL": 2.0},
        legit=_mix(LEGIT_DEFAULT, elderly=0.05, cmnd=0.01, migrant=0.02),
        fraud=dict(dealer_preact=0.04, agent_self=0.01, walkin_extra=0.03, spam_sms=0.004, nominee=0.002)),
    "farm_industrial": dict(
        desc="Binh Duong / Dong Nai DST review, Q1 2026: SIM farms on bought identity kits, SIM boxes, OTP sinks, shell call centres.",
        quarter=(2026, 1), stealth=False, focus={"074": 0.6, "075": 0.4}, focus_share=0.85,
        legit=_mix(LEGIT_DEFAULT, migrant=0.18, org_iot=0.05, org_fleet=0.02, org_call=0.01, foreigner=0.02),
        fraud=dict(sim_farm=0.03, otp_sink=0.015, shell_org=0.008, spam_sms=0.006, rented=0.005, mule=0.003)),
    "theft_ring_metro": dict(
        desc="Ho Chi Minh City DST review, Q1 2026, after a document leak: theft rings on app/online channels, mule kits.",
        quarter=(2026, 1), stealth=False, focus={"079": 1.0}, focus_share=0.8,
        legit=_mix(LEGIT_DEFAULT, ekyc=0.22, family=0.04, shop_app=0.03, foreigner=0.02),
        fraud=dict(theft_ring=0.035, mule=0.01, dealer_preact=0.008, walkin_extra=0.005, otp_sink=0.004)),
    "border_export": dict(
        desc="An Giang / Tay Ninh DST review, Q4 2025: identities bought from young locals, SIMs exported to scam compounds across the border.",
        quarter=(2025, 4), stealth=False, focus={"089": 0.55, "072": 0.45}, focus_share=0.88,
        legit=_mix(LEGIT_DEFAULT, foreigner=0.025, migrant=0.02, elderly=0.04),
        fraud=dict(crossborder=0.035, dealer_preact=0.01, rented=0.006, nominee=0.004, mule=0.004)),
    "circular08_q2": dict(
        desc="National Q2 2026 under Circular 08 (face capture for all, VNeID confirmation locks from 15 Jun): fraud adapts to rented identities and face swaps.",
        quarter=(2026, 2), stealth=False,
        legit=_mix(LEGIT_DEFAULT, cmnd=0.015, elderly=0.04),
        fraud=dict(rented=0.008, mule=0.006, theft_ring=0.006, dealer_preact=0.005, walkin_extra=0.006,
                   sim_farm=0.004, otp_sink=0.002)),
    "stealth_farm": dict(
        desc="STEALTH, Binh Duong Q1 2026: farm and OTP-sink operators spread over many dealers and phones, spoof IMEIs, warm SIMs up; renters 2-3 per carrier.",
        quarter=(2026, 1), stealth=True, focus={"074": 0.7, "075": 0.3}, focus_share=0.8,
        legit=_mix(LEGIT_DEFAULT, migrant=0.16, org_iot=0.05, multi=0.09, shop_app=0.03),
        fraud=dict(sim_farm=0.02, otp_sink=0.012, rented=0.01, mule=0.006, shell_org=0.004)),
    "stealth_dealer": dict(
        desc="STEALTH, national Q4 2025: dealers pre-activate only on leaked real identities a few per day, add one extra SIM to some walk-ins, rotate family IDs.",
        quarter=(2025, 4), stealth=True,
        legit=_mix(LEGIT_DEFAULT, campaign=0.07, elderly=0.05, student=0.03, family=0.05),
        fraud=dict(dealer_preact=0.015, walkin_extra=0.04, agent_self=0.006, spam_sms=0.002, nominee=0.002)),
    "stealth_ring": dict(
        desc="STEALTH, national Q1 2026: theft rings with many phones, face-swap selfies near the victim's face, daytime registrations, warm usage; mule kits.",
        quarter=(2026, 1), stealth=True,
        legit=_mix(LEGIT_DEFAULT, family=0.06, shop_app=0.04, migrant=0.07, ekyc=0.2),
        fraud=dict(theft_ring=0.025, mule=0.01, otp_sink=0.006, nominee=0.003)),
}

ORDER = ["campaign", "family", "elderly", "org_iot", "org_fleet", "org_call", "org_staff", "multi", "foreigner",
         "migrant", "typo", "student", "shop_app", "cmnd", "ekyc",
         "dealer_preact", "agent_self", "walkin_extra", "theft_ring", "sim_farm", "otp_sink", "rented", "mule",
         "shell_org", "spam_sms", "nominee", "crossborder", "walkin"]


def generate(rows, seed, name, outdir):
    scen = SCENARIOS[name]
    tmp = tempfile.mkdtemp(prefix="indep27_")
    try:
        ctx = Ctx(rows, seed, name, scen, tmp)
        shares = {}
        shares.update(scen["legit"])
        shares.update(scen["fraud"])
        quotas = {k: int(rows * v) for k, v in shares.items()}
        quotas["walkin"] = max(0, rows - sum(quotas.values()))
        st = scen["stealth"]
        for kind in ORDER:
            qk = quotas.get(kind, 0)
            if qk > 0:
                getattr(ctx, "g_" + kind)(qk, st)
        ctx.write(outdir)
        return ctx.count
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--rows", type=int, default=10000)
    ap.add_argument("--seed", type=int, default=1)
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
    if not a.out:
        ap.error("--out is required")
    if a.rows < 0:
        ap.error("--rows must be >= 0")
    n = generate(a.rows, a.seed, a.scenario, a.out)
    print("wrote %d rows to %s" % (n, a.out), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
