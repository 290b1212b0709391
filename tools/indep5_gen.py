#!/usr/bin/env python3
"""indep5_gen.py - independent, blind test-data generator for the Vietnam
SIM-registration anomaly auditor (written only from the batch contract and the
domain fact sheet).

Usage:
    python3 tools/indep5_gen.py --rows N --seed S --scenario NAME --out DIR

Writes DIR/batch.csv (all contract columns, contract order, contract header)
and DIR/labels.csv (carrier,msisdn,junk,non_owner,pattern), one label row per
subscription; carrier and msisdn are exactly as written in the batch (the
msisdn may be written 0xxxxxxxxx, 84xxxxxxxxx or +84xxxxxxxxx).  Every
subscription appears once in the batch (no history rows).  Output is a pure
function of (rows, seed, scenario): one random.Random seeded with
"indep5|rows|seed|scenario".

Label semantics (contract definitions):
  junk=1       the registration does not stand for a genuine end user at
               activation (pre-activated / mass-registered for resale,
               fabricated, borrowed, bought or leaked identities, SIM farms,
               SIM boxes, OTP modem pools, scam lines).
  non_owner=1  registered in the name of a REAL person who is not the one
               holding or using it (leaked/stolen documents, dealer-added extra
               SIMs, identities sold or rented out, an agent's own ID used for
               SIMs that are sold on).
  Fabricated identities are junk=1, non_owner=0 (no real person behind them).

Fraud patterns (pattern -> junk,non_owner).  Each has an "easy" form (bursts,
consecutive ICCID/MSISDN, reused faces, tell-tale usage) and a "hard" form
(spread over days/weeks, several devices, distinct faces, business hours,
partly normal-looking usage); both carry the same pattern name.
  preact_leaked       1,1  dealer pre-activation on leaked real identities
                           (popdb MATCH, staff faces, night bursts, dormant
                           or sold to strangers)
  preact_fabricated   1,0  dealer pre-activation on fabricated documents
                           (inconsistent CCCD in the easy form, NOT_FOUND /
                           MISMATCH, photo stock faces)
  identity_theft_ring 1,1  ring using stolen identities across carriers and
                           provinces in a short time, ring members' faces, scam
                           calling usage
  dealer_extra_sims   1,1  dealer adds 1-4 extra SIMs to a walk-in customer's
                           documents, reusing the customer's selfie capture
  sim_farm            1,1  bought identities, many SIMs each, first used in SIM
                           boxes (one IMEI carrying many SIMs, sequential IMEIs),
                           mass outgoing calls/SMS
  otp_rental          1,1  (own) identities rented for OTP resale, SIMs kept in
                           modem pools: incoming SMS only, no calls, no data
  agent_own_id        1,1  (own, from the July 2023 MIC inspections) an agent
                           activates dozens to hundreds of SIMs on his own (or
                           relatives') ID for resale
Legitimate categories (all 0,0):
  legit_single              ordinary walk-in / app / online customer
  legit_multi_sim           legal multi-SIM holder (2-6 SIMs, several
                            carriers, dual-SIM phone, data/backup SIMs, name
                            written upper-case / without diacritics)
  legit_family_device       a family registering via the carrier app on one
                            parent's phone
  legit_org_fleet           organisation with many SIMs, one representative face
  legit_iot_data            organisation data-only SIMs (trackers, POS):
                            consecutive ICCID/MSISDN, sequential device IMEIs,
                            zero voice
  legit_student_campaign    (own confounder) campus sales event at the start
                            of the school year: bursts of 18-19 year olds
                            from many birth provinces, one tablet, consecutive
                            ICCIDs
  legit_airport_tourist     (own confounder) airport kiosk: bursts of foreign
                            passports, data-only short-life usage
  legit_elderly_assisted    (own confounder) elderly parents registered with a
                            child's help (child's phone / shop), almost no usage,
                            lower face_match (old ID photo)
  legit_clerical_typo       clerk typo in DOB or one CCCD digit -> popdb
                            MISMATCH, CCCD/DOB inconsistent
  legit_dealer_extra_victim the genuine SIM of a walk-in whose documents a
                            dealer then reused (dealer_extra_sims)
  malformed_row             a row that must be rejected by validation (bad
                            date, missing id_number, timestamp without offset);
                            labelled 0,0; about 0.1% of rows

Scenarios (row shares of fraud are approximate):
  province     rural mix, mostly AGENT channel, fraud ~4%
  city         Hanoi/HCMC heavy, more app/online, students & tourists, fraud ~5%
  heavy_fraud  mixed geography, fraud ~10%, mostly easy forms
  quiet_fraud  mixed geography, fraud ~1.5%, mostly hard forms
"""
import argparse
import csv
import datetime
import os
import random
import sys
import unicodedata

COLUMNS = ["carrier", "msisdn", "imsi", "iccid", "subscriber_type", "id_type",
           "id_number", "full_name", "date_of_birth", "gender", "nationality",
           "province", "registered_at", "channel", "agent_id", "device_imei",
           "selfie_hash", "face_match", "popdb_check", "status",
           "first_use_imei", "active_days_30d", "out_calls_30d",
           "in_calls_30d", "out_sms_30d", "in_sms_30d",
           "distinct_callees_30d", "topup_vnd_30d", "data_mb_30d"]

PROVINCES = ["001", "002", "004", "006", "008", "010", "011", "012", "014",
             "015", "017", "019", "020", "022", "024", "025", "026", "027",
             "030", "031", "033", "034", "035", "036", "037", "038", "040",
             "042", "044", "045", "046", "048", "049", "051", "052", "054",
             "056", "058", "060", "062", "064", "066", "067", "068", "070",
             "072", "074", "075", "077", "079", "080", "082", "083", "084",
             "086", "087", "089", "091", "092", "093", "094", "095", "096"]
# rough population weights (millions); default 1.2
POPW = {"001": 8.4, "079": 9.4, "038": 3.7, "040": 3.4, "075": 3.2,
        "074": 2.8, "031": 2.1, "089": 1.9, "066": 1.9, "027": 1.5,
        "030": 1.9, "036": 1.8, "034": 1.9, "024": 1.9, "064": 1.6,
        "082": 1.8, "091": 1.8, "052": 1.5, "049": 1.5, "080": 1.7,
        "048": 1.2, "092": 1.25, "006": 0.33, "012": 0.48, "067": 0.67,
        "062": 0.57, "011": 0.63, "004": 0.54, "058": 0.6, "093": 0.73}
CITY = ("001", "079")
MIGRANT_SRC = ("038", "040", "042", "036", "034", "030", "044", "066",
               "064", "089", "091", "087", "094", "083", "096", "051", "052")
INDUSTRIAL = ("074", "075", "027", "031", "033", "080", "079", "001")

CARRIERS = ["VIETTEL", "VINAPHONE", "MOBIFONE", "VIETNAMOBILE", "GMOBILE",
            "ITEL", "REDDI", "ASIM", "DIGILIFE", "LOCAL", "WINTEL"]
CARRIER_W = [54.0, 21.5, 20.0, 2.1, 0.6, 0.9, 0.3, 0.25, 0.2, 0.1, 0.05]
PREFIXES = {
    "VIETTEL": (["96", "97", "98", "86", "32", "33", "34", "35", "36", "37",
                 "38", "39"], [10, 10, 10, 6, 6, 6, 6, 6, 6, 6, 6, 6]),
    "VINAPHONE": (["91", "94", "88", "83", "84", "85", "81", "82"],
                  [12, 12, 8, 6, 6, 6, 6, 6]),
    "MOBIFONE": (["90", "93", "89", "70", "79", "77", "76", "78"],
                 [12, 12, 8, 6, 6, 6, 6, 6]),
    "VIETNAMOBILE": (["92", "56", "58", "52"], [6, 4, 4, 1]),
    "GMOBILE": (["99", "59"], [5, 5]),
    "ITEL": (["87"], [1]),
    "REDDI": (["55"], [1]),
    "WINTEL": (["55"], [1]),
    "ASIM": (["81", "82", "83"], [1, 1, 1]),
    "DIGILIFE": (["84", "85", "86"], [1, 1, 1]),
    "LOCAL": (["85", "88"], [1, 1]),
}
MNC = {"VIETTEL": "04", "VINAPHONE": "02", "MOBIFONE": "01",
       "VIETNAMOBILE": "05", "GMOBILE": "07", "ITEL": "08", "REDDI": "09",
       "WINTEL": "09", "ASIM": "02", "DIGILIFE": "02", "LOCAL": "02"}
ABBR = {"VIETTEL": "VTL", "VINAPHONE": "VNP", "MOBIFONE": "MBF",
        "VIETNAMOBILE": "VNM", "GMOBILE": "GMB", "ITEL": "ITL",
        "REDDI": "RDD", "ASIM": "ASM", "DIGILIFE": "DGL", "LOCAL": "LCL",
        "WINTEL": "WTL"}

FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ",
          "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh",
          "Trương", "Lâm", "Mai", "Đoàn", "Cao", "Lương", "Tạ", "Hà", "Chu",
          "Quách", "Triệu", "Kiều", "Thái"]
FAMILY_W = [38, 11, 9.5, 7, 3, 2.5, 4.5, 2.5, 1.5, 2.1, 2, 1.4, 1.3, 1.3, 1,
            0.5, 0.6, 0.7, 0.5, 0.5, 0.5, 0.5, 0.4, 0.3, 0.4, 0.2, 0.2, 0.2,
            0.1, 0.2]
MID_M = ["Văn", "Hữu", "Đức", "Minh", "Quang", "Công", "Thành", "Xuân",
         "Ngọc", "Đình", "Anh", "Gia", "Hoàng", "Tuấn", "Trọng", "Bá"]
MID_F = ["Thị", "Ngọc", "Thu", "Thanh", "Phương", "Kim", "Bảo", "Minh",
         "Hồng", "Khánh", "Thùy", "Mỹ", "Diệu", "Hoài", "Tường"]
GIV_M = ["Anh", "Hùng", "Dũng", "Minh", "Tuấn", "Nam", "Long", "Hải", "Sơn",
         "Phúc", "Khoa", "Huy", "Đạt", "Quân", "Thắng", "Trung", "Hiếu",
         "Tài", "Phong", "Bảo", "Khánh", "Lâm", "Vinh", "Cường", "Tùng",
         "Thịnh", "Duy", "Lộc", "Nghĩa", "Quý", "Tú", "Kiên", "Đông"]
GIV_F = ["Linh", "Hương", "Lan", "Mai", "Trang", "Thảo", "Hà", "Ngọc", "Anh",
         "Hạnh", "Hoa", "Nhung", "Yến", "Vy", "Nhi", "Trâm", "Thủy", "Dung",
         "Hằng", "Oanh", "Giang", "Châu", "Quỳnh", "Phương", "My", "Loan",
         "Tuyết", "Huyền", "Liên", "Ánh", "Diệp", "Thư"]
FOREIGN = [("KR", ["KIM MIN JUN", "LEE SEO YEON", "PARK JI HOON",
                   "CHOI YUNA", "JUNG HAE IN", "KANG DA EUN"], "M"),
           ("CN", ["WANG WEI", "LI NA", "ZHANG YONG", "LIU YANG",
                   "CHEN JING", "ZHAO LEI"], "E"),
           ("US", ["JOHN SMITH", "EMILY JOHNSON", "MICHAEL BROWN",
                   "SARAH DAVIS", "DAVID MILLER"], ""),
           ("JP", ["SATO HIROSHI", "SUZUKI YUKI", "TANAKA KENJI",
                   "WATANABE AI"], "TK"),
           ("AU", ["JACK WILSON", "CHLOE TAYLOR", "LIAM WHITE"], "PA"),
           ("TW", ["LIN CHIA HAO", "HUANG YI TING", "TSAI MING"], ""),
           ("IN", ["RAHUL SHARMA", "PRIYA PATEL", "AMIT KUMAR"], "Z"),
           ("FR", ["LUCAS MARTIN", "CHLOE BERNARD", "HUGO DUBOIS"], "")]
ORG_KIND = ["Công ty TNHH", "Công ty Cổ phần", "Hợp tác xã", "Công ty TNHH MTV"]
ORG_FIELD = ["Vận tải", "Thương mại", "Xây dựng", "Dịch vụ", "Giao hàng",
             "Logistics", "Thực phẩm", "Điện máy", "Du lịch", "May mặc"]
ORG_NAME = ["Minh Phát", "Thành Công", "Hoàng Long", "An Khang", "Phú Quý",
            "Đại Việt", "Sao Mai", "Tân Tiến", "Hưng Thịnh", "Bình Minh"]
CMND_PREFIX = {"001": "01", "079": "02", "031": "03", "077": "27",
               "074": "280", "075": "27", "048": "20", "092": "36",
               "038": "17", "040": "18"}
TACS_PHONE = ["35391110", "35328811", "35674108", "86769704", "86453204",
              "35209021", "86891103", "35922311", "35469611", "86012005",
              "35807210", "86155304", "35266410", "86428806"]
TACS_TABLET = ["35876510", "35204611", "86712003", "35331009"]
TACS_FEATURE = ["35600201", "86910002", "35170406"]
TACS_BOX = ["86301205", "86550403", "35995008"]
TACS_IOT = ["86888904", "86521003", "35744209"]

MINUTE = 60
HOUR = 3600
DAY = 86400
BASE = datetime.datetime(2024, 7, 1)          # local time (+07:00)
SPAN = 730 * DAY                              # up to 2026-06-30
EXPORT = SPAN + DAY
T2025 = (datetime.datetime(2025, 1, 1) - BASE).days * DAY
T_CIRC08 = (datetime.datetime(2026, 4, 15) - BASE).days * DAY
T_LOCK = (datetime.datetime(2026, 6, 10) - BASE).days * DAY
WALKIN_HOURS = list(range(7, 22))
WALKIN_HW = [1, 3, 6, 8, 8, 5, 5, 7, 8, 8, 8, 9, 9, 7, 3]
APP_HOURS = list(range(24))
APP_HW = [1.5, 0.8, 0.4, 0.2, 0.2, 0.4, 1, 2, 3, 4, 4, 4, 5, 4, 4, 4, 4, 4,
          4, 5, 6, 7, 6, 4]

SCENARIOS = {
    #            legit shares ....................................  fraud shares
    "province": dict(geo="rural", chan=(0.25, 0.56, 0.16, 0.03), hard=0.35,
                     legit_single=0.615, legit_multi_sim=0.12,
                     legit_family_device=0.05, legit_org_fleet=0.03,
                     legit_iot_data=0.015, legit_student_campaign=0.012,
                     legit_airport_tourist=0.004,
                     legit_elderly_assisted=0.07, legit_clerical_typo=0.012,
                     preact_leaked=0.008, preact_fabricated=0.006,
                     identity_theft_ring=0.004, dealer_extra_sims=0.008,
                     sim_farm=0.006, otp_rental=0.004, agent_own_id=0.006),
    "city": dict(geo="city", chan=(0.28, 0.30, 0.33, 0.09), hard=0.35,
                 legit_single=0.56, legit_multi_sim=0.14,
                 legit_family_device=0.05, legit_org_fleet=0.04,
                 legit_iot_data=0.025, legit_student_campaign=0.035,
                 legit_airport_tourist=0.025, legit_elderly_assisted=0.035,
                 legit_clerical_typo=0.012,
                 preact_leaked=0.008, preact_fabricated=0.005,
                 identity_theft_ring=0.009, dealer_extra_sims=0.007,
                 sim_farm=0.01, otp_rental=0.008, agent_own_id=0.004),
    "heavy_fraud": dict(geo="mixed", chan=(0.25, 0.45, 0.24, 0.06), hard=0.25,
                        legit_single=0.53, legit_multi_sim=0.12,
                        legit_family_device=0.045, legit_org_fleet=0.03,
                        legit_iot_data=0.015, legit_student_campaign=0.02,
                        legit_airport_tourist=0.01,
                        legit_elderly_assisted=0.05,
                        legit_clerical_typo=0.012,
                        preact_leaked=0.02, preact_fabricated=0.015,
                        identity_theft_ring=0.012, dealer_extra_sims=0.014,
                        sim_farm=0.018, otp_rental=0.011, agent_own_id=0.012),
    "quiet_fraud": dict(geo="mixed", chan=(0.27, 0.42, 0.25, 0.06), hard=0.7,
                        legit_single=0.63, legit_multi_sim=0.13,
                        legit_family_device=0.05, legit_org_fleet=0.03,
                        legit_iot_data=0.015, legit_student_campaign=0.02,
                        legit_airport_tourist=0.01,
                        legit_elderly_assisted=0.055,
                        legit_clerical_typo=0.012,
                        preact_leaked=0.003, preact_fabricated=0.002,
                        identity_theft_ring=0.002, dealer_extra_sims=0.004,
                        sim_farm=0.003, otp_rental=0.002, agent_own_id=0.002),
}
# expected rows per group (used to turn row shares into group probabilities)
MEAN_ROWS = {"legit_single": 1, "legit_multi_sim": 3.2,
             "legit_family_device": 3.2, "legit_org_fleet": 25,
             "legit_iot_data": 60, "legit_student_campaign": 80,
             "legit_airport_tourist": 30, "legit_elderly_assisted": 1.2,
             "legit_clerical_typo": 1, "preact_leaked": 45,
             "preact_fabricated": 35, "identity_theft_ring": 25,
             "dealer_extra_sims": 3.3, "sim_farm": 60, "otp_rental": 25,
             "agent_own_id": 60}
CATS = list(MEAN_ROWS.keys())
# (easy, hard) expected rows per fraud group
FRAUD_MEANS = {"preact_leaked": (70, 12.5), "preact_fabricated": (47.5, 9.5),
               "identity_theft_ring": (19, 9.5), "dealer_extra_sims": (3.3, 3.3),
               "sim_farm": (90, 36), "otp_rental": (26, 13),
               "agent_own_id": (115, 25)}
PATTERN_LABEL = {"preact_leaked": (1, 1), "preact_fabricated": (1, 0),
                 "identity_theft_ring": (1, 1), "dealer_extra_sims": (1, 1),
                 "sim_farm": (1, 1), "otp_rental": (1, 1),
                 "agent_own_id": (1, 1)}


def luhn_digit(payload):
    total = 0
    for i, ch in enumerate(reversed(payload)):
        d = ord(ch) - 48
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def strip_diacritics(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    n = unicodedata.normalize("NFD", s)
    return "".join(c for c in n if unicodedata.category(c) != "Mn")


def fmt_time(t):
    return (BASE + datetime.timedelta(seconds=t)).strftime(
        "%Y-%m-%dT%H:%M:%S+07:00")


class Person(object):
    __slots__ = ("name", "gender", "dob", "byear", "bprov", "rprov", "idt",
                 "idn", "face", "phone", "nat")


class Agent(object):
    __slots__ = ("aid", "carrier", "prov", "kind", "devices", "box", "weight")


class Gen(object):
    def __init__(self, rows, seed, scenario):
        self.r = random.Random("indep5|%d|%s|%s" % (rows, seed, scenario))
        self.rows = rows
        self.sc = SCENARIOS[scenario]
        self.used_msisdn = set()
        self.used_id = set()
        self.used_imei = set()
        self.iccid_pool = {}
        r = self.r
        geo = self.sc["geo"]
        pw = []
        for p in PROVINCES:
            w = POPW.get(p, 1.2)
            if geo == "city":
                w = w * (5.0 if p in CITY else 0.35)
            elif geo == "rural":
                w = w * (0.35 if p in CITY else 1.0)
            pw.append(w)
        self.prov_w = pw
        self.prov_cum = self._cum(pw)
        self.carrier_cum = self._cum(CARRIER_W)
        self.fam_cum = self._cum(FAMILY_W)
        self.wh_cum = self._cum(WALKIN_HW)
        self.ah_cum = self._cum(APP_HW)
        # points of sale
        npoints = max(400, min(12000, rows // 120))
        self.agents_by = {}
        self.agents_c = {}
        self.all_agents = []
        seq = 0
        for ci, c in enumerate(CARRIERS):
            share = CARRIER_W[ci] / 100.0
            for pi, p in enumerate(PROVINCES):
                exp = npoints * share * pw[pi] / sum(pw)
                n = int(exp) + (1 if r.random() < exp - int(exp) else 0)
                if ci < 3:
                    n = max(n, 2)
                lst = []
                for k in range(n):
                    seq += 1
                    a = Agent()
                    a.carrier = c
                    a.prov = p
                    a.kind = "STORE" if (k == 0 and ci < 3) or r.random() < 0.12 else "AGENT"
                    a.aid = "%s%s%s%05d" % (ABBR[c], p, "S" if a.kind == "STORE" else "A", seq)
                    a.devices = [self.imei(TACS_TABLET if r.random() < 0.7 else TACS_PHONE)
                                 for _ in range(1 + (r.random() < 0.4) + (r.random() < 0.2))]
                    a.box = self.iccid_start(c)
                    a.weight = (1.0 / (1.0 - r.random())) ** 1.3  # heavy tail
                    if a.kind == "STORE":
                        a.weight *= 3
                    lst.append(a)
                    self.all_agents.append(a)
                if lst:
                    self.agents_by[(c, p)] = (lst, self._cum([a.weight for a in lst]))
            lst = [a for a in self.all_agents if a.carrier == c]
            if len(lst) < 3:   # small MVNOs: a few points in the two big cities
                for p in ("001", "079", "079", "001")[: 4 - len(lst)]:
                    seq += 1
                    a = Agent()
                    a.carrier, a.prov, a.kind = c, p, "STORE" if not lst else "AGENT"
                    a.aid = "%s%s%s%05d" % (ABBR[c], p, a.kind[0], seq)
                    a.devices = [self.imei(TACS_TABLET)]
                    a.box = self.iccid_start(c)
                    a.weight = 1.0
                    lst.append(a)
                    self.all_agents.append(a)
                    e = self.agents_by.get((c, p), ([], []))
                    nl = e[0] + [a]
                    self.agents_by[(c, p)] = (nl, self._cum([b.weight for b in nl]))
            self.agents_c[c] = (lst, self._cum([a.weight for a in lst]))
        self.small_agents = [a for a in self.all_agents if a.kind == "AGENT" and a.weight < 3]
        if not self.small_agents:
            self.small_agents = self.all_agents
        self.photo_stock = [r.getrandbits(64) for _ in range(40)]
        hard = self.sc["hard"]
        self.hard = hard
        shares = [self.sc[c] for c in CATS]
        means = []
        for c in CATS:
            m = MEAN_ROWS[c]
            if c in FRAUD_MEANS:
                easy, hm = FRAUD_MEANS[c]
                m = easy * (1 - hard) + hm * hard
            means.append(m)
        self.cat_cum = self._cum([s / m for s, m in zip(shares, means)])

    # ---------------------------------------------------------------- helpers
    @staticmethod
    def _cum(ws):
        out, t = [], 0.0
        for w in ws:
            t += w
            out.append(t)
        return out

    def pick(self, seq, cum):
        return self.r.choices(seq, cum_weights=cum)[0]

    def province(self):
        return self.pick(PROVINCES, self.prov_cum)

    def carrier(self):
        return self.pick(CARRIERS, self.carrier_cum)

    def imei(self, tacs, tac=None, serial=None):
        r = self.r
        while True:
            t = tac or r.choice(tacs)
            s = "%06d" % (serial if serial is not None else r.randrange(1000000))
            p = t + s
            im = p + luhn_digit(p)
            if serial is not None or im not in self.used_imei:
                self.used_imei.add(im)
                return im

    def iccid_start(self, c):
        r = self.r
        issuer = MNC[c]
        length = 20 if c == "VIETTEL" else 19
        body = length - 7  # 8984 + 2 + body + check
        return [issuer, body, r.randrange(10 ** (body - 1), 10 ** body - 10 ** (body - 2))]

    def next_iccid(self, box, jump=0.0):
        r = self.r
        if r.random() < jump:
            box[2] += r.randrange(20, 5000)
        box[2] += 1
        p = "8984" + box[0] + ("%0*d" % (box[1], box[2]))
        return p + luhn_digit(p)

    def pool_iccid(self, c):
        box = self.iccid_pool.get(c)
        if box is None:
            box = self.iccid_start(c)
            self.iccid_pool[c] = box
        return self.next_iccid(box, 0.7)

    def msisdn_national(self, c, start=None):
        r = self.r
        if start is not None:
            n = start
            while True:
                n += 1
                s = "%09d" % n
                if s not in self.used_msisdn:
                    self.used_msisdn.add(s)
                    return s, n
        while True:
            cc = c
            if r.random() < 0.03:
                cc = self.carrier()  # ported number
            pre = r.choices(PREFIXES[cc][0], weights=PREFIXES[cc][1])[0]
            s = pre + "%07d" % r.randrange(10000000)
            if s not in self.used_msisdn:
                self.used_msisdn.add(s)
                return s, int(s)

    def msisdn_written(self, nat):
        x = self.r.random()
        if x < 0.8:
            return "0" + nat
        if x < 0.95:
            return "84" + nat
        return "+84" + nat

    def imsi(self, c):
        return "452" + MNC[c] + "%010d" % self.r.randrange(10 ** 10)

    def capture(self, face, maxbits=4):
        r = self.r
        k = min(maxbits, r.choice((0, 1, 1, 2, 2, 2, 3, 3, 4)))
        for _ in range(k):
            face ^= 1 << r.randrange(64)
        return "%016x" % face

    def reg_time(self, t0=None, spread=None, hours="walkin"):
        r = self.r
        if t0 is None:
            day = r.randrange(SPAN // DAY)
        else:
            day = (t0 + r.randrange(max(1, spread))) // DAY
            day = min(day, SPAN // DAY - 1)
        if hours == "walkin":
            h = self.pick(WALKIN_HOURS, self.wh_cum)
        elif hours == "night":
            h = r.choice((22, 23, 0, 1, 2, 5, 6))
        else:
            h = self.pick(APP_HOURS, self.ah_cum)
        return day * DAY + h * HOUR + r.randrange(HOUR)

    def name(self, gender, family=None):
        r = self.r
        fam = family or self.pick(FAMILY, self.fam_cum)
        if gender == "M":
            mid = r.choice(MID_M)
            giv = r.choice(GIV_M)
        else:
            mid = r.choice(MID_F) if r.random() < 0.75 else "Thị"
            giv = r.choice(GIV_F)
        if r.random() < 0.12:
            mid = mid + " " + (r.choice(MID_M) if gender == "M" else r.choice(MID_F))
        return "%s %s %s" % (fam, mid, giv)

    def name_form(self, name):
        x = self.r.random()
        if x < 0.05:
            return name.upper()
        if x < 0.08:
            return strip_diacritics(name)
        if x < 0.09:
            return strip_diacritics(name).upper()
        return name

    def cccd(self, bprov, gender, byear):
        r = self.r
        g = 2 * ((byear - 1900) // 100) + (1 if gender == "F" else 0)
        while True:
            s = "%s%d%02d%06d" % (bprov, g, byear % 100, r.randrange(1000000))
            if s not in self.used_id:
                self.used_id.add(s)
                return s

    def person(self, rprov=None, amin=18, amax=75, gender=None, family=None,
               bprov=None, migrant=0.2):
        r = self.r
        p = Person()
        p.gender = gender or ("M" if r.random() < 0.5 else "F")
        a = r.triangular(amin, amax, min(amax, max(amin, 30)))
        age = int(a)
        p.byear = 2025 - age
        m = r.randint(1, 12)
        d = r.randint(1, 28 if m == 2 else (30 if m in (4, 6, 9, 11) else 31))
        p.dob = "%04d-%02d-%02d" % (p.byear, m, d)
        p.rprov = rprov or self.province()
        if bprov:
            p.bprov = bprov
        elif r.random() < migrant:
            p.bprov = r.choice(MIGRANT_SRC) if r.random() < 0.6 else self.province()
        else:
            p.bprov = p.rprov
        p.name = self.name(p.gender, family)
        p.idt = "CCCD"
        p.idn = self.cccd(p.bprov, p.gender, p.byear)
        p.face = r.getrandbits(64)
        p.phone = self.imei(TACS_PHONE if age < 60 or r.random() < 0.5 else TACS_FEATURE)
        p.nat = "VN"
        return p

    def agent_for(self, c, prov):
        r = self.r
        e = self.agents_by.get((c, prov))
        if e is None or r.random() < 0.05:
            e = self.agents_c[c]
        return self.pick(e[0], e[1])

    def usage(self, kind, t):
        r = self.r
        if t > EXPORT - 30 * DAY or r.random() < 0.07:
            return [""] * 8
        if kind == "dormant":
            return ["0", "0", "0", "0", "0", "0", "0", "0"]
        if kind == "normal" or kind == "sold":
            ad = r.randint(12, 30) if kind == "normal" else r.randint(3, 22)
            oc = int(r.lognormvariate(3.6, 0.9) * ad / 30)
            ic = int(r.lognormvariate(3.5, 0.9) * ad / 30)
            osms = int(r.expovariate(1 / 6.0))
            isms = int(r.lognormvariate(3.0, 0.8))
            dc = min(oc, max(1 if oc else 0, int(r.lognormvariate(2.4, 0.6))))
            top = 10000 * int(r.lognormvariate(2.3, 0.7))
            data = int(r.lognormvariate(7.8, 1.2)) if r.random() < 0.9 else 0
            return [str(x) for x in (ad, oc, ic, osms, isms, dc, top, data)]
        if kind == "elderly":
            ad = r.randint(2, 20)
            oc = r.randint(0, 8)
            ic = r.randint(1, 25)
            dc = min(oc, r.randint(0, 3))
            return [str(x) for x in (ad, oc, ic, 0, r.randint(0, 6), dc,
                                     r.choice((0, 0, 10000, 20000)), 0)]
        if kind == "backup":
            ad = r.randint(0, 6)
            return [str(x) for x in (ad, r.randint(0, 2), r.randint(0, 3), 0,
                                     r.randint(0, 10), r.randint(0, 1),
                                     r.choice((0, 0, 10000)), r.randint(0, 300))]
        if kind == "data_only":
            return [str(x) for x in (r.randint(8, 30), 0, 0, 0, r.randint(0, 8), 0,
                                     r.choice((50000, 70000, 90000, 120000)),
                                     int(r.lognormvariate(8.3, 0.8)))]
        if kind == "iot":
            return [str(x) for x in (r.randint(25, 30), 0, 0, r.randint(0, 3),
                                     r.randint(0, 3), 0, 0, r.randint(3, 60))]
        if kind == "tourist":
            ad = r.randint(3, 14)
            oc = r.randint(0, 6)
            return [str(x) for x in (ad, oc, r.randint(0, 8), r.randint(0, 3),
                                     r.randint(2, 15), min(oc, r.randint(0, 4)),
                                     0, int(r.lognormvariate(8.0, 0.7)))]
        if kind == "simbox":
            oc = int(r.lognormvariate(6.6, 0.6))
            return [str(x) for x in (r.randint(20, 30), oc, r.randint(0, 6),
                                     int(r.lognormvariate(4.5, 1.0)), r.randint(0, 10),
                                     int(oc * r.uniform(0.8, 0.98)),
                                     10000 * r.randint(20, 80), 0)]
        if kind == "simbox_soft":
            oc = int(r.lognormvariate(5.2, 0.5))
            return [str(x) for x in (r.randint(15, 30), oc, r.randint(2, 25),
                                     r.randint(0, 40), r.randint(3, 30),
                                     int(oc * r.uniform(0.6, 0.9)),
                                     10000 * r.randint(10, 40), r.randint(0, 200))]
        if kind == "otp":
            return [str(x) for x in (r.randint(3, 20), 0, r.randint(0, 2), 0,
                                     r.randint(20, 300), 0,
                                     r.choice((0, 0, 10000)), 0)]
        if kind == "otp_soft":
            oc = r.randint(0, 6)
            return [str(x) for x in (r.randint(5, 25), oc, r.randint(0, 8), r.randint(0, 3),
                                     r.randint(15, 120), min(oc, r.randint(0, 3)),
                                     r.choice((0, 10000, 20000)), r.randint(0, 150))]
        if kind == "scam":
            oc = int(r.lognormvariate(5.5, 0.6))
            return [str(x) for x in (r.randint(5, 25), oc, r.randint(2, 30),
                                     r.randint(0, 60), r.randint(2, 30),
                                     int(oc * r.uniform(0.7, 0.95)),
                                     10000 * r.randint(5, 40), r.randint(0, 500))]
        raise ValueError(kind)

    # ------------------------------------------------------------- row maker
    def row(self, c, p, t, channel, agent=None, device=None, selfie=None,
            face_match=None, popdb="MATCH", first_use=None, usage_kind="normal",
            nat_start=None, iccid=None, name=None, org=None, status=None,
            status_p=0.0):
        r = self.r
        nat, num = self.msisdn_national(c, nat_start)
        if iccid is None:
            if agent is not None:
                iccid = self.next_iccid(agent.box, 0.25)
            else:
                iccid = self.pool_iccid(c)
        aid = agent.aid if agent is not None else ""
        if device is None:
            if agent is not None:
                device = r.choice(agent.devices)
            elif channel == "EKYC_APP":
                device = p.phone
            else:
                device = p.phone if r.random() < 0.5 else ""
        if selfie is None:
            selfie = self.capture(p.face) if r.random() > 0.02 or t > T_CIRC08 else ""
        if face_match is None:
            face_match = min(0.999, r.betavariate(18, 1.6)) if selfie else ""
        if isinstance(face_match, float):
            face_match = "%.3f" % face_match
        if status is None:
            x = r.random()
            y = r.random()
            if x < status_p and t < T_LOCK:
                status = "ONE_WAY_LOCKED"   # owner never confirmed on VNeID
            elif y < 0.015:
                status = "TERMINATED"
            elif y < 0.022 and t < T_LOCK:
                status = "ONE_WAY_LOCKED"
            else:
                status = "ACTIVE"
        us = self.usage(usage_kind, t)
        if us[0] == "" or us[0] == "0":
            if usage_kind == "dormant":
                first_use = ""
        if first_use is None:
            first_use = p.phone
        imsi = self.imsi(c) if r.random() < 0.93 else ""
        if org is not None:
            stype, idt, idn, fname, dob, gender = ("ORGANIZATION", "ORG", org[0],
                                                  org[1], "", "")
            prov = org[2]
        else:
            stype, idt, idn = "INDIVIDUAL", p.idt, p.idn
            fname = name if name is not None else self.name_form(p.name)
            dob, gender, prov = p.dob, p.gender, p.rprov
            if r.random() < 0.03:
                stype = ""
        written = self.msisdn_written(nat)
        row = [c if r.random() < 0.97 else c.lower(), written, imsi, iccid,
               stype, idt, idn, fname, dob, gender, p.nat if p is not None else "VN",
               prov, fmt_time(t), channel, aid, device, selfie, face_match,
               popdb, status, first_use] + us
        return row, num

    # ----------------------------------------------------------- categories
    def walkin_channel(self):
        ch = self.sc["chan"]
        return self.r.choices(["STORE", "AGENT", "EKYC_APP", "ONLINE"], weights=ch)[0]

    def single(self, p, c, t, channel, usage_kind="normal", **kw):
        agent = None
        if channel in ("STORE", "AGENT"):
            agent = self.agent_for(c, p.rprov)
            if channel == "STORE" and agent.kind != "STORE":
                channel = "AGENT"
            elif channel == "AGENT" and agent.kind == "STORE":
                channel = "STORE"
        return self.row(c, p, t, channel, agent=agent, usage_kind=usage_kind, **kw)

    def g_legit_single(self, n):
        r = self.r
        p = self.person()
        t = self.reg_time()
        if t < T2025 and p.byear < 1992 and r.random() < 0.08:
            p.idt = "CMND"
            p.idn = CMND_PREFIX.get(p.rprov, "%02d" % r.randint(4, 38))
            p.idn += "%0*d" % (9 - len(p.idn), r.randrange(10 ** (9 - len(p.idn))))
        elif r.random() < 0.003:
            p.idt = "CMND"
            p.idn = "%012d" % r.randrange(10 ** 11, 10 ** 12)
        elif r.random() < 0.004:
            p.idt = "PASSPORT"   # overseas Vietnamese with a VN passport
            p.idn = r.choice("BCNP") + "%07d" % r.randrange(10 ** 7)
            p.rprov = ""
        ch = self.walkin_channel()
        if p.idt == "PASSPORT" and ch in ("EKYC_APP", "ONLINE"):
            ch = "STORE"
        return [self.single(p, self.carrier(), t, ch,
                            popdb="UNCHECKED" if p.idt == "PASSPORT" else "MATCH")]

    def g_legit_multi_sim(self, n):
        r = self.r
        p = self.person(amin=20, amax=65)
        k = min(n, r.choice((2, 2, 2, 3, 3, 4, 5, 6)))
        out = []
        main_c = self.carrier()
        old_phone = self.imei(TACS_PHONE)
        router = self.imei(TACS_IOT)
        t = self.reg_time()
        for i in range(k):
            c = main_c if r.random() < 0.45 else self.carrier()
            ch = self.walkin_channel()
            if i >= 3 and ch in ("EKYC_APP", "ONLINE"):
                ch = "STORE"
            kind = r.choice(("normal", "normal", "backup", "data_only"))
            fu = {"normal": p.phone, "backup": old_phone, "data_only": router}[kind]
            ti = min(SPAN - DAY, t + r.randrange(0, 400 * DAY)) if i else t
            out.append(self.single(p, c, ti, ch, usage_kind=kind, first_use=fu))
        return out

    def g_legit_family_device(self, n):
        r = self.r
        parent = self.person(amin=32, amax=60)
        k = min(n, r.choice((2, 3, 3, 4, 5)))
        c = self.carrier()
        t = self.reg_time(hours="app")
        out = [self.row(c, parent, t, "EKYC_APP", device=parent.phone)]
        fam = parent.name.split(" ")[0]
        for i in range(1, k):
            amin, amax = (14, 24) if i > 1 or r.random() < 0.5 else (28, 60)
            m = self.person(rprov=parent.rprov, amin=amin, amax=amax,
                            family=fam if amin < 20 else None, bprov=parent.bprov)
            ti = t + r.randrange(2 * MINUTE, 3 * HOUR)
            cc = c if r.random() < 0.8 else self.carrier()
            out.append(self.row(cc, m, min(ti, SPAN - 1), "EKYC_APP", device=parent.phone,
                                first_use=m.phone))
        return out

    def org(self):
        r = self.r
        prov = self.province()
        taxcode = "%02d%08d" % (r.randint(1, 99), r.randrange(10 ** 8))
        name = "%s %s %s" % (r.choice(ORG_KIND), r.choice(ORG_FIELD), r.choice(ORG_NAME))
        return (taxcode, name, prov)

    def g_legit_org_fleet(self, n):
        r = self.r
        o = self.org()
        rep = self.person(rprov=o[2], amin=28, amax=60)
        k = min(n, int(r.paretovariate(1.1) * 6) + 2, 400)
        c = self.carrier()
        agent = self.agent_for(c, o[2])
        if agent.kind != "STORE":
            stores = [a for a in self.agents_by.get((c, o[2]), ([agent],))[0] if a.kind == "STORE"]
            agent = stores[0] if stores else agent
        t = self.reg_time()
        out = []
        for i in range(k):
            ti = min(SPAN - 1, t + (0 if r.random() < 0.7 else r.randrange(200 * DAY)) + i * 40)
            u = self.person(rprov=o[2], amin=22, amax=55)
            out.append(self.row(c, rep, ti, agent.kind, agent=agent, org=o,
                                selfie=self.capture(rep.face) if r.random() < 0.8 else "",
                                face_match="", popdb="UNCHECKED" if r.random() < 0.6 else "MATCH",
                                first_use=u.phone))
        return out

    def g_legit_iot_data(self, n):
        r = self.r
        o = self.org()
        rep = self.person(rprov=o[2], amin=28, amax=60)
        k = min(n, r.randint(15, 120))
        c = r.choice(("VIETTEL", "VIETTEL", "VINAPHONE", "MOBIFONE"))
        agent = self.agent_for(c, o[2])
        t = self.reg_time()
        start = int(self.msisdn_national(c)[0])
        tac = r.choice(TACS_IOT)
        ser = r.randrange(900000 - k)
        dev = agent.devices[0]
        out = []
        for i in range(k):
            rw, start = self.row(c, rep, min(SPAN - 1, t + i * r.randint(20, 90)),
                                 agent.kind, agent=agent, device=dev, org=o,
                                 selfie="", face_match="", popdb="UNCHECKED",
                                 first_use=self.imei(None, tac=tac, serial=ser + i),
                                 usage_kind="iot", nat_start=start,
                                 iccid=self.next_iccid(agent.box))
            out.append((rw, start))
        return out

    def g_legit_student_campaign(self, n):
        r = self.r
        city = r.choice(("001", "079", "048", "092", "046", "040", "019"))
        c = r.choice(("VIETTEL", "VIETTEL", "VINAPHONE", "MOBIFONE"))
        agent = self.agent_for(c, city)
        k = min(n, r.randint(30, 150))
        year = r.choice((0, 1))
        day0 = (datetime.datetime(2024 + year, 9, 3) - BASE).days + r.randint(0, 20)
        t0 = day0 * DAY
        devs = agent.devices[:2]
        start = int(self.msisdn_national(c)[0])
        out = []
        for i in range(k):
            s = self.person(rprov=city, amin=18, amax=20, migrant=0.75)
            ti = t0 + r.randrange(2) * DAY + r.randint(8, 16) * HOUR + r.randrange(HOUR)
            rw, start = self.row(c, s, ti, "STORE" if agent.kind == "STORE" else "AGENT",
                                 agent=agent, device=r.choice(devs), nat_start=start,
                                 iccid=self.next_iccid(agent.box))
            out.append((rw, start))
        return out

    def g_legit_airport_tourist(self, n):
        r = self.r
        city = r.choice(("079", "001", "048", "056", "091"))
        c = r.choice(("VIETTEL", "VINAPHONE", "MOBIFONE"))
        agent = self.agent_for(c, city)
        k = min(n, r.randint(8, 60))
        t0 = self.reg_time()
        out = []
        for i in range(k):
            nat, names, pfx = r.choice(FOREIGN)
            p = self.person(rprov=city, amin=20, amax=65)
            p.nat = nat
            p.idt = "PASSPORT"
            p.idn = (pfx or r.choice("ABCDE")) + "%08d" % r.randrange(10 ** 8)
            p.name = r.choice(names)
            ti = (t0 // DAY) * DAY + r.randint(6, 23) * HOUR + r.randrange(HOUR)
            out.append(self.row(c, p, min(ti, SPAN - 1), "AGENT" if agent.kind == "AGENT" else "STORE",
                                agent=agent, popdb="UNCHECKED", usage_kind="tourist",
                                name=p.name, face_match=r.uniform(0.7, 0.97),
                                status="TERMINATED" if r.random() < 0.3 else "ACTIVE"))
        return out

    def g_legit_elderly_assisted(self, n):
        r = self.r
        e = self.person(amin=65, amax=92)
        child = self.person(rprov=e.rprov, amin=30, amax=55)
        c = self.carrier()
        t = self.reg_time()
        fm = r.uniform(0.55, 0.85)
        if r.random() < 0.5:
            rw = self.row(c, e, t, "EKYC_APP", device=child.phone, face_match=fm,
                          usage_kind="elderly")
        else:
            rw = self.single(e, c, t, "AGENT", usage_kind="elderly", face_match=fm)
        return [rw]

    def g_legit_clerical_typo(self, n):
        r = self.r
        p = self.person()
        x = r.random()
        if x < 0.4:   # DOB day/month swapped or year digit slip
            y, m, d = p.dob.split("-")
            if int(d) <= 12 and d != m:
                p.dob = "%s-%s-%s" % (y, d, m)
            else:
                p.dob = "%04d-%s-%s" % (int(y) + r.choice((-1, 1, -10, 10)), m, d)
        elif x < 0.8:  # one digit of the CCCD mistyped
            pos = r.randrange(3, 12)
            digits = list(p.idn)
            digits[pos] = str((int(digits[pos]) + r.randint(1, 9)) % 10)
            p.idn = "".join(digits)
        else:          # name typo: missing/wrong diacritic
            p.name = p.name.replace("ư", "u", 1).replace("ơ", "o", 1) if r.random() < 0.5 \
                else p.name.replace("Nguyễn", "Nguyển", 1)
        ch = r.choice(("STORE", "AGENT", "AGENT"))
        return [self.single(p, self.carrier(), self.reg_time(), ch, popdb="MISMATCH",
                            name=p.name, status_p=0.3)]

    # ------------------------------------------------------------- fraud
    def is_hard(self):
        return self.r.random() < self.hard

    def g_preact_leaked(self, n):
        r = self.r
        hard = self.is_hard()
        agent = r.choice(self.small_agents)
        c = agent.carrier
        k = min(n, r.randint(5, 20) if hard else r.randint(20, 120))
        staff = [r.getrandbits(64) for _ in range(r.randint(1, 3))]
        t0 = self.reg_time()
        start = None if hard else int(self.msisdn_national(c)[0])
        dev = agent.devices[0]
        out = []
        leak_src = self.province()
        for i in range(k):
            v = self.person(rprov=leak_src if r.random() < 0.7 else None, amin=20, amax=70)
            if hard:
                t = self.reg_time(t0, 28 * DAY)
                sel = self.capture(r.getrandbits(64)) if r.random() < 0.6 else self.capture(r.choice(staff))
                fm = r.uniform(0.55, 0.85)
                d = r.choice(agent.devices)
            else:
                t = (t0 // DAY) * DAY + r.choice((22, 23, 0, 6)) * HOUR + i * r.randint(40, 200)
                sel = self.capture(r.choice(staff))
                fm = r.uniform(0.2, 0.6)
                d = dev
            sold = r.random() < 0.6
            rw, num = self.row(c, v, min(t, SPAN - 1), agent.kind, agent=agent, device=d,
                               selfie=sel, face_match=fm, popdb="MATCH",
                               first_use=self.imei(TACS_PHONE) if sold else "",
                               usage_kind="sold" if sold else "dormant",
                               nat_start=start, status_p=0.35 if not hard else 0.15,
                               iccid=self.next_iccid(agent.box, 0.3 if hard else 0.0))
            if start is not None:
                start = num
            out.append((rw, num))
        return out

    def fabricated_person(self, hard):
        r = self.r
        p = self.person(amin=18, amax=85 if not hard else 70)
        if not hard:
            x = r.random()
            digits = list(p.idn)
            if x < 0.3:   # gender digit contradicts declared gender
                digits[3] = str(int(digits[3]) ^ 1)
            elif x < 0.45:  # unknown province code
                digits[0:3] = list(r.choice(("003", "009", "050", "099", "069", "081")))
            elif x < 0.65:  # birth year digits do not match DOB
                digits[4:6] = list("%02d" % r.randrange(100))
            p.idn = "".join(digits)
        return p

    def g_preact_fabricated(self, n):
        r = self.r
        hard = self.is_hard()
        agent = r.choice(self.small_agents)
        c = agent.carrier
        k = min(n, r.randint(4, 15) if hard else r.randint(15, 80))
        stock = r.sample(self.photo_stock, r.randint(2, 6))
        t0 = self.reg_time()
        start = None if hard else int(self.msisdn_national(c)[0])
        out = []
        for i in range(k):
            p = self.fabricated_person(hard)
            if hard:
                t = self.reg_time(t0, 40 * DAY)
                sel = self.capture(r.getrandbits(64) if r.random() < 0.7 else r.choice(stock))
                fm = r.uniform(0.5, 0.8)
                pop = r.choice(("NOT_FOUND", "MISMATCH", "UNCHECKED", ""))
            else:
                t = (t0 // DAY) * DAY + r.choice((7, 21, 22, 23)) * HOUR + i * r.randint(30, 150)
                sel = self.capture(r.choice(stock))
                fm = r.uniform(0.1, 0.5)
                pop = r.choice(("NOT_FOUND", "NOT_FOUND", "MISMATCH", "UNCHECKED"))
            sold = r.random() < 0.5
            rw, num = self.row(c, p, min(t, SPAN - 1), agent.kind, agent=agent,
                               selfie=sel, face_match=fm, popdb=pop, name=p.name,
                               first_use=self.imei(TACS_PHONE) if sold else "",
                               usage_kind="sold" if sold else "dormant",
                               nat_start=start, status_p=0.5 if not hard else 0.25,
                               iccid=self.next_iccid(agent.box, 0.3 if hard else 0.0))
            if start is not None:
                start = num
            out.append((rw, num))
        return out

    def g_identity_theft_ring(self, n):
        r = self.r
        hard = self.is_hard()
        members = [r.getrandbits(64) for _ in range(r.randint(2, 5))]
        phones = [self.imei(TACS_PHONE) for _ in range(r.randint(2, 4))]
        victims = r.randint(4, 15)
        t0 = self.reg_time()
        out = []
        for _ in range(victims):
            v = self.person(amin=22, amax=70)
            sims = 1 if hard else r.randint(1, 3)
            for j in range(sims):
                if len(out) >= n:
                    return out
                c = self.carrier()
                if hard:
                    t = self.reg_time(t0, 120 * DAY, hours="app")
                else:
                    t = self.reg_time(t0, 4 * DAY, hours="app")
                fm = r.uniform(0.72, 0.92) if hard else r.uniform(0.45, 0.8)
                sel = self.capture(r.choice(members))
                if r.random() < 0.55:
                    rw = self.row(c, v, t, "EKYC_APP", device=r.choice(phones), selfie=sel,
                                  face_match=fm, first_use=r.choice(phones) if not hard else self.imei(TACS_PHONE),
                                  usage_kind="scam" if not hard or r.random() < 0.5 else "sold",
                                  status_p=0.3)
                else:
                    ag = self.agent_for(c, self.province())
                    rw = self.row(c, v, t, ag.kind, agent=ag, selfie=sel, face_match=fm,
                                  first_use=r.choice(phones) if not hard else self.imei(TACS_PHONE),
                                  usage_kind="scam" if not hard or r.random() < 0.5 else "sold",
                                  status_p=0.3)
                out.append(rw)
        return out

    def g_dealer_extra_sims(self, n):
        """returns rows with a per-row label override: the first is genuine."""
        r = self.r
        hard = self.is_hard()
        p = self.person()
        c = self.carrier()
        agent = self.agent_for(c, p.rprov)
        if agent.kind == "STORE":
            agent = r.choice(self.small_agents)
            c = agent.carrier
        t = self.reg_time()
        sel = self.capture(p.face)
        fm = min(0.999, r.betavariate(18, 1.6))
        dev = r.choice(agent.devices)
        out = [("legit_dealer_extra_victim",
                self.row(c, p, t, agent.kind, agent=agent, device=dev, selfie=sel, face_match=fm))]
        k = min(n - 1, r.choice((1, 1, 2, 2, 3, 4)))
        for i in range(k):
            if hard:
                ti = t + r.randrange(1 * DAY, 20 * DAY)
                s2 = self.capture(int(sel, 16), maxbits=2)
                d = r.choice(agent.devices)
            else:
                ti = t + r.randrange(60, 20 * MINUTE)
                s2 = sel
                d = dev
            sold = r.random() < 0.6
            out.append(("dealer_extra_sims",
                        self.row(c, p, min(ti, SPAN - 1), agent.kind, agent=agent, device=d,
                                 selfie=s2, face_match=min(0.999, fm + r.uniform(-0.01, 0.01)),
                                 first_use=self.imei(TACS_PHONE) if sold else "",
                                 usage_kind="sold" if sold else "dormant", status_p=0.4)))
        return out

    def g_sim_farm(self, n):
        r = self.r
        hard = self.is_hard()
        home = r.choice(INDUSTRIAL)
        nboxes = r.randint(1, 4)
        ports = []
        for _ in range(nboxes):
            if hard:
                ports += [self.imei(TACS_PHONE + TACS_BOX) for _ in range(r.randint(4, 16))]
            else:
                tac = r.choice(TACS_BOX)
                s0 = r.randrange(900000)
                ports += [self.imei(None, tac=tac, serial=s0 + i) for i in range(r.choice((8, 16, 32)))]
        ids = r.randint(4, 20)
        t0 = self.reg_time()
        out = []
        for _ in range(ids):
            v = self.person(amin=18, amax=60, bprov=r.choice(MIGRANT_SRC))
            v.rprov = r.choice((home, v.bprov))
            sims = r.randint(2, 4) if hard else r.randint(3, 12)
            for j in range(sims):
                if len(out) >= n:
                    return out
                c = self.carrier() if r.random() < 0.6 else r.choice(("VIETTEL", "VINAPHONE", "MOBIFONE"))
                ag = self.agent_for(c, home)
                t = self.reg_time(t0, 90 * DAY) if hard else self.reg_time(t0, 5 * DAY)
                rw = self.row(c, v, t, ag.kind, agent=ag, face_match=r.uniform(0.7, 0.97),
                              first_use=r.choice(ports),
                              usage_kind="simbox_soft" if hard else "simbox", status_p=0.3)
                out.append(rw)
        return out

    def g_otp_rental(self, n):
        r = self.r
        hard = self.is_hard()
        pool = [self.imei(TACS_BOX + TACS_IOT) for _ in range(r.randint(2, 8))]
        ids = r.randint(3, 10)
        t0 = self.reg_time()
        out = []
        for _ in range(ids):
            v = self.person(amin=18, amax=55)
            sims = r.randint(1, 3) if hard else r.randint(2, 6)
            for j in range(sims):
                if len(out) >= n:
                    return out
                c = self.carrier()
                t = self.reg_time(t0, 60 * DAY if hard else 7 * DAY, hours="app")
                if r.random() < 0.6 and j < 3:
                    rw = self.row(c, v, t, "EKYC_APP", device=v.phone, face_match=r.uniform(0.75, 0.98),
                                  first_use=r.choice(pool),
                                  usage_kind="otp_soft" if hard else "otp", status_p=0.2)
                else:
                    ag = self.agent_for(c, v.rprov)
                    rw = self.row(c, v, t, ag.kind, agent=ag, face_match=r.uniform(0.75, 0.98),
                                  first_use=r.choice(pool),
                                  usage_kind="otp_soft" if hard else "otp", status_p=0.2)
                out.append(rw)
        return out

    def g_agent_own_id(self, n):
        r = self.r
        hard = self.is_hard()
        agent = r.choice(self.small_agents)
        c = agent.carrier
        owner = self.person(rprov=agent.prov, amin=25, amax=55)
        idents = [owner]
        if hard:
            fam = owner.name.split(" ")[0]
            idents += [self.person(rprov=agent.prov, amin=20, amax=70, family=fam,
                                   bprov=owner.bprov) for _ in range(r.randint(1, 3))]
        k = min(n, r.randint(10, 40) if hard else r.randint(30, 200))
        t0 = self.reg_time()
        out = []
        for i in range(k):
            p = r.choice(idents)
            t = self.reg_time(t0, 90 * DAY if hard else 10 * DAY)
            sold = r.random() < 0.7
            out.append(self.row(c, p, t, agent.kind, agent=agent,
                                face_match=min(0.999, r.betavariate(18, 1.6)),
                                first_use=self.imei(TACS_PHONE) if sold else "",
                                usage_kind="sold" if sold else "dormant", status_p=0.3))
        return out

    # ----------------------------------------------------------- malformed
    def malformed(self):
        r = self.r
        rw, num = self.g_legit_single(1)[0]
        x = r.random()
        if x < 0.34:
            rw[8] = r.choice(("1987-02-30", "19900512", "1975-13-01"))
        elif x < 0.67:
            rw[6] = ""
        else:
            rw[12] = rw[12][:-6]
        return rw

    # ----------------------------------------------------------- driver
    def run(self, outdir):
        r = self.r
        os.makedirs(outdir, exist_ok=True)
        fb = open(os.path.join(outdir, "batch.csv"), "w", encoding="utf-8", newline="")
        fl = open(os.path.join(outdir, "labels.csv"), "w", encoding="utf-8", newline="")
        wb = csv.writer(fb)
        wl = csv.writer(fl)
        wb.writerow(COLUMNS)
        wl.writerow(["carrier", "msisdn", "junk", "non_owner", "pattern"])
        done = 0
        buf = []

        def flush():
            r.shuffle(buf)
            for rw, lab in buf:
                wb.writerow(rw)
                wl.writerow([rw[0], rw[1]] + lab)
            del buf[:]

        while done < self.rows:
            remaining = self.rows - done
            if r.random() < 0.001:
                buf.append((self.malformed(), ["0", "0", "malformed_row"]))
                done += 1
                continue
            cat = self.pick(CATS, self.cat_cum)
            res = getattr(self, "g_" + cat)(remaining)
            for item in res:
                if isinstance(item[0], str):
                    pat, (rw, _num) = item
                else:
                    pat, (rw, _num) = cat, item
                j, no = PATTERN_LABEL.get(pat, (0, 0))
                buf.append((rw, [str(j), str(no), pat]))
                done += 1
            if len(buf) >= 20000:
                flush()
        flush()
        fb.close()
        fl.close()
        return done


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--rows", type=int, required=True)
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--scenario", required=True, choices=sorted(SCENARIOS))
    ap.add_argument("--out", required=True)
    a = ap.parse_args(argv)
    if a.rows < 1:
        ap.error("--rows must be >= 1")
    n = Gen(a.rows, a.seed, a.scenario).run(a.out)
    sys.stderr.write("indep5_gen: wrote %d rows to %s\n" % (n, a.out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
