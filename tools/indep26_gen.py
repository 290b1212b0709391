#!/usr/bin/env python3
"""indep26_gen.py - independent synthetic population generator for the
Vietnam SIM-registration fraud auditor.

Written only from shared/spec/batch-format.md and shared/spec/domain-vietnam.md.

Design: a bottom-up, agent-style simulation.  Persons (with households, home
and residence provinces, phones and faces), points of sale (carrier stores,
authorised agents, street dealers, retail chains; each with staff, devices and
SIM stock), couriers, organisations and criminal groups (with budgets, devices,
identity sources and operational habits) act over a time window of a few
months; registrations (rows) emerge from their actions.  Rows are spooled into
per-day buckets and written in registered_at order.

Usage:
  python3 tools/indep26_gen.py --rows N --seed S --scenario NAME --out DIR
  python3 tools/indep26_gen.py --list-scenarios

Outputs DIR/batch.csv (contract columns) and DIR/labels.csv
(carrier,msisdn,junk,non_owner,pattern; msisdn normalised to 84+9 digits,
carrier upper-case, one row per (carrier, msisdn) present in the batch).
Standard library only; deterministic for a given (rows, seed, scenario).
"""
import argparse
import bisect
import datetime as _dt
import math
import os
import random
import shutil
import sys
import unicodedata

HEADER = ['carrier', 'msisdn', 'imsi', 'iccid', 'subscriber_type', 'id_type',
          'id_number', 'full_name', 'date_of_birth', 'gender', 'nationality',
          'province', 'registered_at', 'channel', 'agent_id', 'device_imei',
          'selfie_hash', 'face_match', 'popdb_check', 'status', 'first_use_imei',
          'active_days_30d', 'out_calls_30d', 'in_calls_30d', 'out_sms_30d',
          'in_sms_30d', 'distinct_callees_30d', 'topup_vnd_30d', 'data_mb_30d']
NCOL = len(HEADER)
LABEL_HEADER = 'carrier,msisdn,junk,non_owner,pattern'
NO_USAGE = ['', '', '', '', '', '', '', '']

# --------------------------------------------------------------------------
# Geography: the 63 legacy province codes (Circular 07/2016 appendix),
# approximate population in millions and a coarse region.
# --------------------------------------------------------------------------
_PROV_TXT = """001|Hà Nội|8.5|RRD
002|Hà Giang|0.9|NM
004|Cao Bằng|0.55|NM
006|Bắc Kạn|0.32|NM
008|Tuyên Quang|0.8|NM
010|Lào Cai|0.77|NM
011|Điện Biên|0.64|NM
012|Lai Châu|0.48|NM
014|Sơn La|1.3|NM
015|Yên Bái|0.84|NM
017|Hòa Bình|0.88|NM
019|Thái Nguyên|1.34|NM
020|Lạng Sơn|0.8|NM
022|Quảng Ninh|1.36|RRD
024|Bắc Giang|1.92|NM
025|Phú Thọ|1.5|NM
026|Vĩnh Phúc|1.2|RRD
027|Bắc Ninh|1.5|RRD
030|Hải Dương|1.95|RRD
031|Hải Phòng|2.1|RRD
033|Hưng Yên|1.3|RRD
034|Thái Bình|1.87|RRD
035|Hà Nam|0.88|RRD
036|Nam Định|1.88|RRD
037|Ninh Bình|1.0|RRD
038|Thanh Hóa|3.7|NCC
040|Nghệ An|3.4|NCC
042|Hà Tĩnh|1.3|NCC
044|Quảng Bình|0.91|NCC
045|Quảng Trị|0.65|NCC
046|Thừa Thiên Huế|1.16|NCC
048|Đà Nẵng|1.23|SCC
049|Quảng Nam|1.5|SCC
051|Quảng Ngãi|1.25|SCC
052|Bình Định|1.5|SCC
054|Phú Yên|0.88|SCC
056|Khánh Hòa|1.25|SCC
058|Ninh Thuận|0.6|SCC
060|Bình Thuận|1.25|SCC
062|Kon Tum|0.58|CH
064|Gia Lai|1.6|CH
066|Đắk Lắk|1.9|CH
067|Đắk Nông|0.67|CH
068|Lâm Đồng|1.33|CH
070|Bình Phước|1.03|SE
072|Tây Ninh|1.19|SE
074|Bình Dương|2.8|SE
075|Đồng Nai|3.3|SE
077|Bà Rịa–Vũng Tàu|1.2|SE
079|TP Hồ Chí Minh|9.4|SE
080|Long An|1.74|MD
082|Tiền Giang|1.79|MD
083|Bến Tre|1.3|MD
084|Trà Vinh|1.02|MD
086|Vĩnh Long|1.03|MD
087|Đồng Tháp|1.6|MD
089|An Giang|1.9|MD
091|Kiên Giang|1.75|MD
092|Cần Thơ|1.25|MD
093|Hậu Giang|0.73|MD
094|Sóc Trăng|1.2|MD
095|Bạc Liêu|0.92|MD
096|Cà Mau|1.2|MD"""
PROVS = []
PROV_POP = {}
PROV_REGION = {}
PROV_NAME = {}
for _ln in _PROV_TXT.splitlines():
    _c, _n, _p, _r = _ln.split('|')
    PROVS.append(_c)
    PROV_POP[_c] = float(_p)
    PROV_REGION[_c] = _r
    PROV_NAME[_c] = _n
SOUTH_REGIONS = ('SCC', 'CH', 'SE', 'MD')
CITIES = ('001', '079', '031', '048', '092')
INDUSTRIAL = ('074', '075', '027', '024', '026', '030', '033', '022', '077', '080', '019', '031')
UNIVERSITY = {'001': 10, '079': 10, '048': 3, '046': 2, '092': 2, '040': 2, '019': 2, '052': 1, '066': 1}
TOURIST = {'079': 10, '001': 8, '048': 6, '056': 5, '091': 4, '049': 3, '046': 2, '077': 2,
           '060': 2, '068': 2, '022': 3, '010': 1, '037': 1}
MIGRANT_DEST = {'079': 30, '074': 18, '075': 12, '001': 20, '027': 6, '048': 4, '031': 3,
                '024': 3, '077': 2, '080': 2, '026': 2, '092': 2, '056': 1}
BORDER_FARM = {'079': 6, '001': 4, '072': 3, '089': 3, '020': 2, '010': 1, '022': 2, '074': 3,
               '075': 2, '031': 1, '048': 1, '091': 1}
ETHNIC_SHARE = {'002': 0.85, '004': 0.9, '006': 0.85, '008': 0.5, '010': 0.65, '011': 0.8,
                '012': 0.85, '014': 0.8, '015': 0.5, '017': 0.7, '020': 0.8, '019': 0.25,
                '024': 0.12, '025': 0.15, '062': 0.5, '064': 0.45, '066': 0.3, '067': 0.3,
                '068': 0.2, '070': 0.15, '084': 0.3, '094': 0.35, '091': 0.12, '089': 0.05,
                '058': 0.2, '060': 0.05, '038': 0.15, '040': 0.12, '022': 0.1}
# legacy CMND issuing prefixes (approximate, by province)
CMND_PREFIX = {'001': '01', '079': '02', '031': '03', '011': '04', '012': '04', '014': '05',
               '010': '06', '015': '06', '002': '07', '008': '07', '020': '08', '004': '08',
               '019': '09', '006': '09', '022': '10', '024': '12', '027': '12', '025': '13',
               '026': '13', '030': '14', '033': '14', '034': '15', '036': '16', '035': '16',
               '037': '16', '038': '17', '040': '18', '042': '18', '044': '19', '045': '19',
               '046': '19', '048': '20', '049': '20', '051': '21', '052': '21', '054': '22',
               '056': '22', '062': '23', '064': '23', '066': '24', '067': '24', '068': '25',
               '058': '26', '060': '26', '075': '27', '077': '27', '074': '280', '070': '285',
               '072': '29', '080': '30', '082': '31', '083': '32', '084': '33', '086': '33',
               '087': '34', '089': '35', '092': '36', '093': '36', '094': '36', '091': '37',
               '095': '38', '096': '38', '017': '11'}
TAX_PREFIX = {'001': '01', '079': '03', '031': '02', '048': '04', '074': '37', '075': '36',
              '027': '23', '092': '18', '056': '42', '022': '57'}

# --------------------------------------------------------------------------
# Carriers.  share = share of new registrations; prefixes = home MSISDN ranges
# (9-digit national number prefixes); mnc = IMSI MNC reported (MVNOs with an
# unknown MNC report the host's); report probabilities model export coverage.
# --------------------------------------------------------------------------
class Carrier:
    __slots__ = ('code', 'share', 'mnc', 'iss', 'ilen', 'prefixes', 'fmt', 'namesty',
                 'p_imsi', 'p_iccid', 'p_gender', 'p_nat', 'p_prov', 'p_usage', 'p_fu',
                 'p_dev', 'p_selfie', 'p_subtype', 'utc', 'mvno', 'shop_share')

    def __init__(self, code, share, mnc, iss, ilen, prefixes, fmt, namesty, rep, mvno, shop_share):
        self.code = code
        self.share = share
        self.mnc = mnc
        self.iss = iss
        self.ilen = ilen
        self.prefixes = prefixes
        self.fmt = fmt            # weights for '0', '84', '+84'
        self.namesty = namesty    # weights dia, upper_dia, ascii, upper_ascii, nfd
        (self.p_imsi, self.p_iccid, self.p_gender, self.p_nat, self.p_prov, self.p_usage,
         self.p_fu, self.p_dev, self.p_selfie, self.p_subtype) = rep
        self.utc = code == 'DIGILIFE'
        self.mvno = mvno
        self.shop_share = shop_share  # fraction of provinces' shops carrying this brand


CARRIERS = [
    Carrier('VIETTEL', 0.50, '04', '04', 20, ['86', '96', '97', '98', '32', '33', '34', '35', '36', '37', '38', '39'],
            (0.3, 0.7, 0.0), (0.72, 0.10, 0.06, 0.12, 0.0),
            (0.97, 0.98, 0.95, 0.9, 0.92, 0.85, 0.9, 0.97, 1.0, 1.0), False, 1.0),
    Carrier('VINAPHONE', 0.22, '02', '02', 19, ['88', '91', '94', '83', '84', '85', '81', '82'],
            (0.9, 0.1, 0.0), (0.55, 0.05, 0.1, 0.28, 0.02),
            (0.9, 0.95, 0.8, 0.6, 0.7, 0.7, 0.75, 0.95, 0.98, 0.7), False, 0.85),
    Carrier('MOBIFONE', 0.19, '01', '01', 19, ['89', '90', '93', '70', '79', '77', '76', '78'],
            (0.0, 0.5, 0.5), (0.45, 0.05, 0.05, 0.45, 0.0),
            (0.85, 0.9, 0.85, 0.8, 0.8, 0.6, 0.6, 0.9, 0.97, 1.0), False, 0.8),
    Carrier('VIETNAMOBILE', 0.04, '05', '05', 19, ['92', '56', '58', '52'],
            (1.0, 0.0, 0.0), (0.6, 0.0, 0.2, 0.2, 0.0),
            (0.7, 0.8, 0.7, 0.5, 0.5, 0.3, 0.4, 0.8, 0.9, 0.5), False, 0.35),
    Carrier('ITEL', 0.02, '08', '08', 19, ['87'],
            (1.0, 0.0, 0.0), (0.7, 0.1, 0.1, 0.1, 0.0),
            (0.8, 0.9, 0.8, 0.5, 0.6, 0.5, 0.5, 0.85, 0.95, 0.6), True, 0.2),
    Carrier('GMOBILE', 0.006, '07', '07', 19, ['993', '994', '995', '996', '997', '59'],
            (1.0, 0.0, 0.0), (0.4, 0.0, 0.3, 0.3, 0.0),
            (0.6, 0.7, 0.6, 0.3, 0.4, 0.0, 0.3, 0.7, 0.6, 0.3), False, 0.1),
    Carrier('REDDI', 0.004, '09', '09', 19, ['55'],
            (1.0, 0.0, 0.0), (0.6, 0.0, 0.2, 0.2, 0.0),
            (0.6, 0.8, 0.7, 0.4, 0.5, 0.2, 0.3, 0.8, 0.8, 0.5), True, 0.05),
    Carrier('WINTEL', 0.006, '09', '09', 19, ['55'],
            (0.5, 0.5, 0.0), (0.8, 0.0, 0.1, 0.1, 0.0),
            (0.7, 0.85, 0.8, 0.5, 0.5, 0.4, 0.5, 0.85, 0.9, 0.6), True, 0.06),
    Carrier('ASIM', 0.006, '01', '01', 19, ['81', '89', '70'],
            (1.0, 0.0, 0.0), (0.7, 0.0, 0.15, 0.15, 0.0),
            (0.5, 0.7, 0.7, 0.3, 0.5, 0.3, 0.4, 0.75, 0.85, 0.3), True, 0.05),
    Carrier('DIGILIFE', 0.004, '02', '02', 19, ['82', '88', '84'],
            (0.0, 1.0, 0.0), (0.8, 0.0, 0.1, 0.1, 0.0),
            (0.5, 0.7, 0.7, 0.3, 0.5, 0.2, 0.3, 0.75, 0.85, 0.3), True, 0.04),
    Carrier('LOCAL', 0.004, '01', '01', 19, ['79', '77', '90'],
            (1.0, 0.0, 0.0), (0.75, 0.0, 0.1, 0.15, 0.0),
            (0.5, 0.7, 0.7, 0.3, 0.5, 0.3, 0.4, 0.75, 0.85, 0.3), True, 0.04),
]
CAR = {c.code: c for c in CARRIERS}
CAR_CODES = [c.code for c in CARRIERS]
BIG3 = ('VIETTEL', 'VINAPHONE', 'MOBIFONE')

# --------------------------------------------------------------------------
# Small utilities
# --------------------------------------------------------------------------
_LD = (0, 2, 4, 6, 8, 1, 3, 5, 7, 9)


def luhn_digit(s):
    """Luhn check digit for the digit string s (without check digit)."""
    tot = 0
    dbl = True
    for ch in reversed(s):
        d = ord(ch) - 48
        tot += _LD[d] if dbl else d
        dbl = not dbl
    return chr(48 + (10 - tot % 10) % 10)


def luhn_ok(s):
    return luhn_digit(s[:-1]) == s[-1]


def strip_dia(s):
    s = s.replace('đ', 'd').replace('Đ', 'D')
    return ''.join(c for c in unicodedata.normalize('NFD', s) if not unicodedata.combining(c))


class WChoice:
    """Weighted choice with precomputed cumulative weights."""
    __slots__ = ('items', 'cum', 'tot')

    def __init__(self, pairs):
        pairs = [(k, float(w)) for k, w in (pairs.items() if isinstance(pairs, dict) else pairs) if w > 0]
        self.items = [k for k, _ in pairs]
        self.cum = []
        s = 0.0
        for _, w in pairs:
            s += w
            self.cum.append(s)
        self.tot = s

    def pick(self, rng):
        return self.items[bisect.bisect_right(self.cum, rng.random() * self.tot)]


UNIV_CH = WChoice(UNIVERSITY)
TOURIST_CH = WChoice(TOURIST)
BORDER_CH = WChoice(BORDER_FARM)


def clamp(x, lo, hi):
    return lo if x < lo else hi if x > hi else x


def lognorm_int(rng, median, sigma, lo=0, hi=10 ** 9):
    return int(clamp(median * math.exp(rng.gauss(0.0, sigma)), lo, hi))


# --------------------------------------------------------------------------
# Device models: synthetic TACs (8 digits) per model, grouped by category.
# --------------------------------------------------------------------------
_MODELS = [
    # category, model, weight, reporting-body prefix
    ('smart', 'samsung_a', 18, '35'), ('smart', 'samsung_s', 4, '35'), ('smart', 'iphone', 14, '35'),
    ('smart', 'iphone_old', 5, '01'), ('smart', 'oppo', 12, '86'), ('smart', 'xiaomi', 10, '86'),
    ('smart', 'vivo', 7, '86'), ('smart', 'realme', 5, '86'), ('smart', 'nokia_android', 2, '35'),
    ('smart', 'vsmart', 2, '35'), ('smart', 'honor', 1, '86'), ('smart', 'tecno', 1, '35'),
    ('cheap', 'itel_smart', 4, '35'), ('cheap', 'masstel_smart', 3, '86'), ('cheap', 'redmi_a', 5, '86'),
    ('feature', 'nokia105', 10, '35'), ('feature', 'itel_feature', 6, '35'), ('feature', 'masstel', 4, '86'),
    ('feature', 'viettel_sumo', 3, '86'),
    ('tablet', 'samsung_tab', 5, '35'), ('tablet', 'ipad', 3, '35'), ('tablet', 'lenovo_tab', 1, '86'),
    ('router', 'huawei_4g', 3, '86'), ('router', 'zte_mifi', 2, '86'), ('router', 'tp_mifi', 2, '86'),
    ('router', 'camera4g', 2, '86'),
    ('watch', 'kidwatch', 1, '86'),
    ('module', 'quectel_ec25', 4, '86'), ('module', 'simcom_7600', 3, '86'), ('module', 'gps_tracker', 3, '86'),
    ('module', 'pos_terminal', 2, '35'), ('module', 'smart_meter', 1, '86'),
    ('simbox', 'goip', 3, '86'), ('simbox', 'dinstar', 2, '86'), ('simbox', 'ejoin', 2, '86'),
    ('modempool', 'modempool_w', 2, '35'), ('modempool', 'modempool_q', 2, '86'),
    ('deskphone', 'gsm_deskphone', 1, '86'),
    ('foreign', 'iphone_intl', 10, '35'), ('foreign', 'galaxy_intl', 6, '35'), ('foreign', 'pixel', 2, '35'),
    ('foreign', 'xiaomi_intl', 3, '86'), ('foreign', 'huawei_cn', 3, '86'),
]


def _build_tacs():
    r = random.Random('indep26-tac-table-v1')
    used = set()
    tacs = {}
    for cat, model, w, pre in _MODELS:
        lst = []
        for _ in range(r.randint(3, 6)):
            while True:
                t = pre + '%06d' % r.randrange(10 ** 6)
                if t not in used:
                    used.add(t)
                    break
            lst.append(t)
        tacs[model] = lst
    return tacs


TACS = _build_tacs()
CAT_MODELS = {}
for _cat, _m, _w, _p in _MODELS:
    CAT_MODELS.setdefault(_cat, []).append((_m, _w))
CAT_CHOICE = {k: WChoice(v) for k, v in CAT_MODELS.items()}

# --------------------------------------------------------------------------
# Names
# --------------------------------------------------------------------------
SURNAMES = WChoice([
    ('Nguyễn', 38), ('Trần', 11), ('Lê', 9.5), ('Phạm', 7), ('Hoàng', 4), ('Phan', 4.5), ('Vũ', 3.5),
    ('Đặng', 2.1), ('Bùi', 2), ('Đỗ', 1.4), ('Hồ', 1.3), ('Ngô', 1.3), ('Dương', 1), ('Lý', 0.5),
    ('Đinh', 0.8), ('Đào', 0.6), ('Trương', 0.7), ('Lâm', 0.4), ('Mai', 0.5), ('Trịnh', 0.5),
    ('Lương', 0.4), ('Cao', 0.4), ('Hà', 0.5), ('Tạ', 0.2), ('Tô', 0.2), ('Chu', 0.2), ('Lưu', 0.3),
    ('Đoàn', 0.5), ('Triệu', 0.2), ('Kiều', 0.1), ('Quách', 0.1), ('Vương', 0.2), ('Thái', 0.2),
    ('Phùng', 0.3), ('Khúc', 0.05), ('Tôn', 0.1), ('Nghiêm', 0.05), ('La', 0.1), ('Huỳnh', 0.3), ('Võ', 0.3)])
SOUTH_SWAP = {'Hoàng': 'Huỳnh', 'Vũ': 'Võ'}
MID_M = WChoice([('Văn', 30), ('Đức', 8), ('Minh', 10), ('Quang', 6), ('Hữu', 5), ('Thanh', 5), ('Công', 4),
                 ('Xuân', 3), ('Ngọc', 3), ('Trọng', 3), ('Quốc', 5), ('Tuấn', 2), ('Hoàng', 3), ('Gia', 4),
                 ('Anh', 3), ('Đình', 4), ('Thế', 3), ('Bảo', 3), ('Nhật', 2), ('Duy', 3), ('Tiến', 2), ('Thành', 2)])
MID_F_OLD = WChoice([('Thị', 70), ('Ngọc', 5), ('Thu', 4), ('Thanh', 4), ('Kim', 4), ('Hồng', 3), ('Bích', 2),
                     ('Mỹ', 2), ('Thùy', 2), ('Minh', 2), ('Hoài', 1), ('Phương', 1)])
MID_F_NEW = WChoice([('Thị', 22), ('Ngọc', 10), ('Thu', 6), ('Thanh', 5), ('Minh', 6), ('Phương', 5),
                     ('Thùy', 5), ('Kim', 3), ('Mỹ', 4), ('Bảo', 5), ('Khánh', 5), ('Diệu', 3), ('Hải', 2),
                     ('Quỳnh', 3), ('Gia', 3), ('Hoài', 2), ('Tường', 2), ('Hà', 2), ('Yến', 1)])
GIV_M_OLD = ['Hùng', 'Dũng', 'Cường', 'Tuấn', 'Hải', 'Sơn', 'Thắng', 'Bình', 'Hòa', 'Thành', 'Trung', 'Nam',
             'Minh', 'Quang', 'Toàn', 'Tiến', 'Hưng', 'Long', 'Phong', 'Tâm', 'Lâm', 'Thanh', 'Hiếu', 'Đức',
             'Tùng', 'Việt', 'Vinh', 'Lợi', 'Phúc', 'Tài', 'Chiến', 'Thịnh', 'Kiên', 'Mạnh', 'Nghĩa', 'Sang',
             'Hậu', 'Thái', 'Lộc', 'Tú', 'Đông', 'Hoàng', 'Khải', 'Quý', 'Sỹ', 'Tường', 'Út', 'Bảy', 'Năm']
GIV_M_NEW = ['Anh', 'Bảo', 'Khang', 'Huy', 'Khoa', 'Minh', 'Nam', 'Phát', 'Quân', 'Duy', 'Đạt', 'Hiếu',
             'Khánh', 'Long', 'Nhân', 'Phúc', 'Thịnh', 'Trí', 'Tú', 'Vinh', 'Kiệt', 'Lâm', 'Hoàng', 'Tùng',
             'Dương', 'An', 'Bách', 'Hưng', 'Khôi', 'Nguyên', 'Phong', 'Quang', 'Sơn', 'Thiện', 'Tín', 'Vũ',
             'Đăng', 'Hải', 'Luân', 'Tài', 'Thắng', 'Trung', 'Việt', 'Gia Bảo', 'Minh Khang', 'Đức Anh',
             'Hoàng Nam', 'Tuấn Kiệt', 'Gia Huy', 'Minh Quân']
GIV_F_OLD = ['Hoa', 'Lan', 'Hương', 'Hằng', 'Hạnh', 'Thủy', 'Nga', 'Dung', 'Tuyết', 'Mai', 'Hồng', 'Liên',
             'Loan', 'Phượng', 'Oanh', 'Thảo', 'Yến', 'Nhung', 'Hà', 'Huyền', 'Vân', 'Xuân', 'Thu', 'Hiền',
             'Lý', 'Hải', 'Bích', 'Cúc', 'Đào', 'Hòa', 'Lệ', 'Minh', 'Nguyệt', 'Sen', 'Tâm', 'Thanh', 'Thoa',
             'Trang', 'Út', 'Lài', 'Nhàn', 'Vui', 'Tươi']
GIV_F_NEW = ['Anh', 'Linh', 'Trang', 'Ngọc', 'Vy', 'Nhi', 'Hân', 'My', 'Thảo', 'Uyên', 'Quỳnh', 'Trâm',
             'Chi', 'Giang', 'Hà', 'Hương', 'Huyền', 'Khánh', 'Mai', 'Ngân', 'Nhung', 'Phương', 'Tâm', 'Thư',
             'Thùy', 'Trinh', 'Vân', 'Yến', 'Châu', 'Diệp', 'Dung', 'Hạnh', 'Hiền', 'Lan', 'Loan', 'Nga',
             'Oanh', 'Tiên', 'Trúc', 'Tuyết', 'Xuân', 'Bảo Ngọc', 'Khánh Linh', 'Minh Anh', 'Gia Hân',
             'Phương Anh', 'Ngọc Hân', 'Bảo Anh', 'Thanh Trúc']
# ethnic minority naming (simplified)
HMONG_SUR = ['Giàng', 'Sùng', 'Vàng', 'Thào', 'Lý', 'Hầu', 'Mùa', 'Lầu', 'Ly', 'Cứ', 'Tráng']
HMONG_GIV_M = ['Sử', 'Páo', 'Chứ', 'Dế', 'Lử', 'Pó', 'Sình', 'Chá', 'Pàng', 'Chu', 'Dình', 'Tủa', 'Vàng', 'Nhè']
HMONG_GIV_F = ['Mỷ', 'Dợ', 'Súa', 'Mai', 'Pà', 'Sua', 'Dính', 'Chở', 'Mỉ', 'Say', 'Lan', 'Xúa']
TAY_SUR = ['Nông', 'Hoàng', 'Lò', 'Lường', 'Cầm', 'Quàng', 'Lèo', 'Hà', 'Vi', 'Lục', 'Ma', 'Đèo', 'Lộc',
           'Bế', 'Triệu', 'Bàn', 'Chảo', 'Tẩn', 'Hứa', 'Mông']
CH_CLAN = ['Niê', 'Êban', 'Mlô', 'Ksor', 'Rơ Châm', 'Siu', 'Nay', 'Rcom', 'Kpă', 'Byă', 'Adrơng', 'Hđök',
           'Rơ Mah', 'A Lê', 'Đinh', 'Y Bih']
CH_GIV = ['Bhin', 'Dhăm', 'Jú', 'Blin', 'Thuột', 'Sim', 'Lanh', 'Mai', 'Huê', 'Nhung', 'Djuin', 'Kim',
          'Bluin', 'Wiê', 'Phơn', 'Hlơn', 'Yơn', 'Tlang', 'Mơ', 'Uyên', 'Ngơn', 'Kpui']
KHMER_SUR = ['Thạch', 'Sơn', 'Kim', 'Danh', 'Lâm', 'Chau', 'Lý', 'Trịnh', 'Dương', 'Huỳnh']
KHMER_GIV = ['Sô Phol', 'Sa Rươl', 'Thị Sa Rênh', 'Ngọc Chanh', 'Sóc Kha', 'Út', 'Thị Sà Pha', 'Văn Na',
             'Thị Sa Ri', 'Thanh Tùng', 'Mi Na', 'Thị Phal', 'Văn Sóc', 'Rô Tha', 'Thị Kim Thoa', 'Dươl']
CHAM_SUR = ['Đàng', 'Quảng', 'Thập', 'Báo', 'Lộ', 'Châu', 'Thiên', 'Ma', 'Trượng', 'Từ']

FOREIGN = {  # nationality: (weight tourist, surnames, given names, passport format)
    'KR': (25, ['KIM', 'LEE', 'PARK', 'CHOI', 'JUNG', 'KANG', 'CHO', 'YOON', 'JANG', 'LIM', 'HAN', 'SHIN'],
           ['MINJUN', 'SEOYEON', 'JIHO', 'HAYOON', 'DOHYUN', 'SOOAH', 'JIWOO', 'YUNA', 'HYUNWOO', 'EUNJI',
            'SUNGMIN', 'JISOO'], 'M8'),
    'CN': (20, ['WANG', 'LI', 'ZHANG', 'LIU', 'CHEN', 'YANG', 'HUANG', 'ZHAO', 'WU', 'ZHOU', 'XU', 'SUN'],
           ['WEI', 'FANG', 'NA', 'MIN', 'JING', 'LEI', 'JUN', 'YAN', 'TAO', 'XIN', 'HAO', 'YU', 'JIE'], 'E8'),
    'US': (6, ['SMITH', 'JOHNSON', 'WILLIAMS', 'BROWN', 'JONES', 'GARCIA', 'MILLER', 'DAVIS', 'NGUYEN', 'TRAN'],
           ['JAMES', 'MARY', 'ROBERT', 'JENNIFER', 'MICHAEL', 'LINDA', 'DAVID', 'EMILY', 'KEVIN', 'SARAH'], 'D9'),
    'JP': (5, ['SATO', 'SUZUKI', 'TAKAHASHI', 'TANAKA', 'WATANABE', 'ITO', 'YAMAMOTO', 'NAKAMURA'],
           ['HARUTO', 'YUI', 'SOTA', 'HINA', 'REN', 'AOI', 'KENJI', 'YUKI', 'HIROSHI', 'SAKURA'], 'TK7'),
    'TW': (5, ['CHEN', 'LIN', 'HUANG', 'CHANG', 'LI', 'WANG', 'WU', 'LIU'],
           ['CHIA-HAO', 'YU-TING', 'CHIH-WEI', 'HSIN-YI', 'CHUN-HUNG', 'PEI-SHAN'], 'D9'),
    'AU': (4, ['SMITH', 'JONES', 'WILLIAMS', 'BROWN', 'WILSON', 'TAYLOR', 'NGUYEN'],
           ['OLIVER', 'CHARLOTTE', 'JACK', 'AMELIA', 'NOAH', 'ISLA', 'WILLIAM', 'MIA'], 'PA7'),
    'IN': (4, ['SHARMA', 'SINGH', 'KUMAR', 'PATEL', 'GUPTA', 'REDDY', 'NAIR'],
           ['AARAV', 'PRIYA', 'ROHAN', 'ANANYA', 'VIKRAM', 'SNEHA', 'ARJUN', 'KAVYA'], 'L7'),
    'TH': (3, ['SAETANG', 'SRISUK', 'CHAIYAPORN', 'WONGSA', 'BOONMA'],
           ['SOMCHAI', 'SIRIPORN', 'ANAN', 'KANYA', 'NATTAPONG', 'PIMCHANOK'], 'AA7'),
    'MY': (3, ['BIN ABDULLAH', 'TAN', 'LIM', 'WONG', 'BINTI AHMAD'], ['AHMAD', 'NURUL', 'WEI LING', 'HAFIZ', 'SITI'], 'A8'),
    'RU': (4, ['IVANOV', 'SMIRNOVA', 'KUZNETSOV', 'POPOVA', 'PETROV', 'VOLKOVA'],
           ['ALEXANDER', 'ANNA', 'DMITRY', 'ELENA', 'SERGEY', 'OLGA', 'IVAN', 'NATALIA'], 'N9'),
    'FR': (2, ['MARTIN', 'BERNARD', 'DUBOIS', 'THOMAS', 'ROBERT', 'PHAM'], ['LUCAS', 'EMMA', 'HUGO', 'CHLOE', 'LOUIS', 'LEA'], 'FR'),
    'DE': (2, ['MUELLER', 'SCHMIDT', 'SCHNEIDER', 'FISCHER', 'WEBER'], ['LUKAS', 'SOPHIE', 'MAXIMILIAN', 'MARIE', 'JONAS'], 'DE'),
    'GB': (3, ['SMITH', 'JONES', 'TAYLOR', 'BROWN', 'DAVIES', 'EVANS'], ['GEORGE', 'OLIVIA', 'HARRY', 'AMELIA', 'JACK', 'EMILY'], 'D9'),
    'PH': (2, ['SANTOS', 'REYES', 'CRUZ', 'BAUTISTA', 'GARCIA'], ['JOSE', 'MARIA', 'MARK', 'ANGELICA', 'JOHN PAUL'], 'P7A'),
    'SG': (2, ['TAN', 'LIM', 'LEE', 'NG', 'ONG', 'WONG'], ['WEI JIE', 'HUI MIN', 'JUN HAO', 'XIN YI', 'KAI'], 'K7L'),
    'KH': (2, ['SOK', 'CHAN', 'KIM', 'HENG', 'LY', 'SAR'], ['DARA', 'SOPHEA', 'VANNAK', 'SREY', 'PISETH', 'BOPHA'], 'N8'),
    'LA': (1, ['PHOMMAVONG', 'SOUVANNA', 'KEOMANY', 'VONGSA'], ['SOMSAK', 'KHAMLA', 'BOUNMY', 'NOY'], 'P7'),
}
TOURIST_NAT = WChoice([(k, v[0]) for k, v in FOREIGN.items()])
RESIDENT_NAT = WChoice([('KR', 35), ('CN', 25), ('JP', 12), ('TW', 12), ('IN', 3), ('US', 3), ('PH', 3),
                        ('TH', 2), ('MY', 2), ('FR', 1), ('DE', 1), ('GB', 1)])
OVERSEAS_NAT = WChoice([('VN', 50), ('US', 20), ('AU', 8), ('FR', 6), ('DE', 4), ('KR', 3), ('JP', 3),
                        ('TW', 2), ('GB', 2), ('RU', 2)])


def foreign_passport(rng, fmt):
    L = 'ABCDEFGHJKLMNPRSTUVWXYZ'
    d = lambda n: ''.join(chr(48 + rng.randrange(10)) for _ in range(n))
    if fmt == 'M8':
        return 'M' + d(8)
    if fmt == 'E8':
        return rng.choice(('E', 'EA', 'EB')) + d(8 if rng.random() < 0.6 else 7)
    if fmt == 'D9':
        return d(9)
    if fmt == 'TK7':
        return rng.choice(('TK', 'TR', 'MZ', 'TZ')) + d(7)
    if fmt == 'PA7':
        return rng.choice(('PA', 'PB', 'PE', 'N')) + d(7)
    if fmt == 'L7':
        return rng.choice(L) + d(7)
    if fmt == 'AA7':
        return rng.choice(('AA', 'AB', 'AC')) + d(7)
    if fmt == 'A8':
        return rng.choice(('A', 'H', 'K')) + d(8)
    if fmt == 'N9':
        return '7' + d(8)
    if fmt == 'FR':
        return d(2) + rng.choice(L) + rng.choice(L) + d(5)
    if fmt == 'DE':
        return 'C' + ''.join(rng.choice('0123456789CFGHJKLMNPRTVWXYZ') for _ in range(8))
    if fmt == 'P7A':
        return 'P' + d(7) + rng.choice('AB')
    if fmt == 'K7L':
        return 'K' + d(7) + rng.choice(L)
    if fmt == 'N8':
        return 'N' + d(8)
    return rng.choice(L) + d(7)


_TONES = {'a': 'àáảãạ', 'ă': 'ằắẳẵặ', 'â': 'ầấẩẫậ', 'e': 'èéẻẽẹ', 'ê': 'ềếểễệ', 'i': 'ìíỉĩị',
          'o': 'òóỏõọ', 'ô': 'ồốổỗộ', 'ơ': 'ờớởỡợ', 'u': 'ùúủũụ', 'ư': 'ừứửữự', 'y': 'ỳýỷỹỵ'}
_TONED = {}
for _b, _vs in _TONES.items():
    _grp = _b + _vs
    for _ch in _grp:
        _TONED[_ch] = _grp


def name_typo(rng, name):
    """An honest typing mistake in a declared name."""
    parts = name.split(' ')
    i = rng.randrange(len(parts))
    w = parts[i]
    k = rng.random()
    if k < 0.4:
        w2 = strip_dia(w)                      # diacritics lost in one syllable
    elif k < 0.7:
        idx = [j for j, c in enumerate(w.lower()) if c in _TONED]
        if idx:
            j = rng.choice(idx)
            grp = _TONED[w[j].lower()]
            c = rng.choice(grp)
            w2 = w[:j] + (c.upper() if w[j].isupper() else c) + w[j + 1:]
        else:
            w2 = w + w[-1]
    elif k < 0.85 and len(w) > 2:
        j = rng.randrange(len(w) - 1)
        w2 = w[:j] + w[j + 1] + w[j] + w[j + 2:]  # swapped letters
    else:
        w2 = w + w[-1] if len(w) > 1 else w + 'h'
    if w2 == w:
        w2 = strip_dia(w) if strip_dia(w) != w else w + 'h'
    parts[i] = w2
    return ' '.join(parts)


def style_name(rng, name, weights):
    """Carrier-side rendering of a declared name."""
    r = rng.random()
    a = weights[0]
    if r < a:
        return name
    a += weights[1]
    if r < a:
        return name.upper()
    a += weights[2]
    if r < a:
        return strip_dia(name)
    a += weights[3]
    if r < a:
        return strip_dia(name).upper()
    return unicodedata.normalize('NFD', name)

# --------------------------------------------------------------------------
# Time
# --------------------------------------------------------------------------
E0 = _dt.date(2000, 1, 1)          # day 0; times are local (+07:00) seconds since E0
DAY = 86400


def dayidx(y, m, d):
    return (_dt.date(y, m, d) - E0).days


C08_DAY = dayidx(2026, 4, 15)      # Circular 08/2026: face authentication for new H2H subscribers
LOCK1_DAY = dayidx(2026, 6, 15)    # VNeID non-confirmation one-way lock
DEC163_DAY = dayidx(2024, 12, 24)
POPDB_DAY = dayidx(2022, 8, 1)
TET_DAYS = (dayidx(2025, 1, 29), dayidx(2026, 2, 17))


def _hours(spec):
    w = [0.02] * 24
    for h, v in spec.items():
        w[h] = v
    return WChoice(list(enumerate(w)))


HOURS = {
    'shop': _hours({7: 0.3, 8: 0.8, 9: 1, 10: 1, 11: 0.9, 12: 0.55, 13: 0.6, 14: 0.9, 15: 1, 16: 1,
                    17: 1.05, 18: 1.1, 19: 1.1, 20: 0.8, 21: 0.35, 22: 0.06}),
    'app': _hours({0: 0.15, 1: 0.06, 2: 0.03, 3: 0.02, 4: 0.02, 5: 0.05, 6: 0.2, 7: 0.4, 8: 0.6, 9: 0.7,
                   10: 0.75, 11: 0.7, 12: 0.8, 13: 0.6, 14: 0.6, 15: 0.65, 16: 0.7, 17: 0.75, 18: 0.8,
                   19: 0.95, 20: 1.1, 21: 1.15, 22: 0.9, 23: 0.45}),
    'office': _hours({8: 0.9, 9: 1, 10: 1, 11: 0.8, 13: 0.6, 14: 1, 15: 1, 16: 0.8, 17: 0.3}),
    'night': _hours({21: 0.4, 22: 0.9, 23: 1, 0: 1, 1: 0.9, 2: 0.7, 3: 0.4, 4: 0.15, 20: 0.15}),
    'evening': _hours({17: 0.5, 18: 0.8, 19: 1, 20: 1, 21: 0.9, 22: 0.6, 23: 0.3, 16: 0.3, 15: 0.2}),
}


# --------------------------------------------------------------------------
# Actors
# --------------------------------------------------------------------------
class Person:
    __slots__ = ('idt', 'idn', 'name', 'dob', 'g', 'nat', 'bprov', 'rprov', 'face', 'phone', 'age',
                 'feature', 'idface', 'minority')

    def who(self):
        return (self.idt, self.idn, self.name, self.dob, self.g, self.nat, self.rprov)


class Shop:
    __slots__ = ('sid', 'prov', 'kind', 'codes', 'devices', 'staff', 'test_phone', 'helps', 'w',
                 'stock', 'corrupt')

    def reg_device(self, rng):
        if self.kind in ('STORE', 'CHAIN') and rng.random() < 0.15:
            return rng.choice(self.staff)
        d = self.devices
        return d[0] if len(d) == 1 else d[rng.randrange(len(d))]

    def channel(self):
        return 'STORE' if self.kind == 'STORE' else 'AGENT'


AGE_BANDS = WChoice([((14, 17), 5), ((18, 24), 21), ((25, 34), 25), ((35, 44), 19), ((45, 54), 13),
                     ((55, 64), 9), ((65, 74), 5), ((75, 92), 3)])
CAP_BITS = (0, 1, 1, 1, 2, 2, 2, 3, 3, 4)   # bit flips between two captures of the same face


class Writer:
    """Spools rows into per-day buckets (temp files), then writes them in time order."""

    def __init__(self, tmpdir, first_day):
        self.tmp = tmpdir
        self.first_day = first_day
        self.buf = {}
        self.files = {}
        self.n = 0
        self.seq = 0

    def add(self, t, lab, line):
        d = t // DAY
        if d < self.first_day:
            d = self.first_day - 1
        self.seq += 1
        self.n += 1
        b = self.buf.get(d)
        if b is None:
            b = self.buf[d] = []
        b.append('%010d%09d\t%s\t%s\n' % (t, self.seq, lab, line))
        if len(b) >= 4000:
            self._flush(d)

    def _flush(self, d):
        f = self.files.get(d)
        if f is None:
            f = self.files[d] = open(os.path.join(self.tmp, 'd%07d.txt' % d), 'w', encoding='utf-8')
        f.writelines(self.buf[d])
        self.buf[d] = []

    def finish(self, batch_path, labels_path):
        days = sorted(set(self.buf) | set(self.files))
        nb = nl = 0
        with open(batch_path, 'w', encoding='utf-8', newline='') as fb, \
                open(labels_path, 'w', encoding='utf-8', newline='') as fl:
            fb.write(','.join(HEADER) + '\n')
            fl.write(LABEL_HEADER + '\n')
            for d in days:
                lines = []
                f = self.files.get(d)
                if f is not None:
                    f.close()
                    with open(os.path.join(self.tmp, 'd%07d.txt' % d), encoding='utf-8') as fr:
                        lines = fr.readlines()
                lines.extend(self.buf.get(d, ()))
                lines.sort()
                outb = []
                outl = []
                for ln in lines:
                    _, lab, row = ln.split('\t', 2)
                    outb.append(row)
                    if lab:
                        outl.append(lab + '\n')
                fb.writelines(outb)
                fl.writelines(outl)
                nb += len(outb)
                nl += len(outl)
        return nb, nl


class Ctx:
    def __init__(self, rows, seed, scen_name, scen, tmpdir):
        self.rng = rng = random.Random('indep26|%d|%d|%s' % (rows, seed, scen_name))
        self.N = rows
        self.sc = scen
        self.opts = scen.get('opts', {})
        self.start = dayidx(*scen['start'])
        self.end = dayidx(*scen['end'])
        self.export = dayidx(*scen['export'])
        self.export_t = self.export * DAY + 12 * 3600
        self.ref_year = scen['start'][0]
        self.ref_ord = _dt.date(*scen['start']).toordinal()
        # day weights: weekends, Tết dip and pre-Tết rush, scenario surges
        pairs = []
        surges = scen.get('surges', ())
        for d in range(self.start, self.end + 1):
            w = 1.0
            wd = (E0 + _dt.timedelta(days=d)).weekday()
            if wd == 5:
                w *= 1.2
            elif wd == 6:
                w *= 1.1
            for td in TET_DAYS:
                if -1 <= d - td <= 4:
                    w *= 0.25
                elif -10 <= d - td <= -2:
                    w *= 1.3
            for (a, b, f) in surges:
                if dayidx(*a) <= d <= dayidx(*b):
                    w *= f
            pairs.append((d, w))
        self.days = WChoice(pairs)
        self.day_list = list(range(self.start, self.end + 1))
        self._dstr = {}
        self.w = Writer(tmpdir, self.start)
        self.used_msisdn = set()
        self.used_cccd = set()
        self.used_other = set()
        self.stats = {}
        self.fraud_keys = 0
        # provinces
        pw = {p: PROV_POP[p] for p in PROVS}
        for p, f in self.opts.get('prov_boost', {}).items():
            pw[p] *= f
        self.prov_choice = WChoice(pw)
        self.sender = WChoice([(p, PROV_POP[p] * (1.5 if PROV_REGION[p] in ('NCC', 'MD', 'NM') else 1.0))
                               for p in PROVS if p not in MIGRANT_DEST])
        self.any_prov = WChoice([(p, PROV_POP[p]) for p in PROVS])
        self.rural = WChoice([(p, PROV_POP[p] * (3 if PROV_REGION[p] in ('NM', 'CH') else 1))
                              for p in PROVS if p not in CITIES and p not in ('074', '075')])
        # carriers by region
        self.car_by_region = {}
        for reg in ('NM', 'RRD', 'NCC', 'SCC', 'CH', 'SE', 'MD'):
            adj = {'VIETTEL': 1.15 if reg in ('NM', 'CH', 'NCC') else 0.95,
                   'VINAPHONE': 1.15 if reg in ('RRD', 'NCC') else 0.9,
                   'MOBIFONE': 1.35 if reg in ('SE', 'MD', 'SCC') else 0.7}
            self.car_by_region[reg] = WChoice([(c.code, c.share * adj.get(c.code, 1.0)) for c in CARRIERS])
        self.car_young = WChoice([(c.code, c.share * (2.2 if c.mvno or c.code == 'VIETNAMOBILE' else 1.0))
                                  for c in CARRIERS])
        # counters
        self.iccid_ctr = {c: rng.randrange(10 ** 10, 4 * 10 ** 11) for c in CAR_CODES}
        self.imsi_ctr = {c: rng.randrange(10 ** 8, 3 * 10 ** 9) for c in CAR_CODES}
        self.dev_ctr = {}
        self.central = {c: [] for c in CAR_CODES}
        self.couriers = {}
        self.code_ctr = {}
        self.leak_market = []
        self.build_shops()

    # ---------------- time
    def rt(self, prof='shop', day=None):
        if day is None:
            day = self.days.pick(self.rng)
        return day * DAY + HOURS[prof].pick(self.rng) * 3600 + self.rng.randrange(3600)

    def day_in(self, a, b):
        """Random day in [a, b] clipped to the window."""
        a = max(a, self.start)
        b = min(b, self.end)
        if b < a:
            return self.end
        return self.rng.randint(a, b)

    def dstr(self, d):
        s = self._dstr.get(d)
        if s is None:
            s = self._dstr[d] = (E0 + _dt.timedelta(days=d)).isoformat()
        return s

    def ts(self, t, utc=False):
        if utc:
            t -= 25200
        d, s = divmod(t, DAY)
        h, s = divmod(s, 3600)
        m, s = divmod(s, 60)
        return '%sT%02d:%02d:%02d%s' % (self.dstr(d), h, m, s, '+00:00' if utc else '+07:00')

    def old_t(self, y0, y1, prof='shop'):
        d = self.rng.randint(dayidx(y0, 1, 1), min(dayidx(y1, 12, 31), self.start - 1))
        return self.rt(prof, d)

    # ---------------- identifiers
    def msisdn(self, car, prefixes=None):
        rng = self.rng
        prefs = prefixes or CAR[car].prefixes
        used = self.used_msisdn
        while True:
            p = prefs[rng.randrange(len(prefs))]
            k = 9 - len(p)
            n = int(p) * 10 ** k + rng.randrange(10 ** k)
            if n not in used:
                used.add(n)
                return n

    def msisdn_run(self, car, count):
        """A run of (nearly) consecutive numbers from one kit range."""
        rng = self.rng
        prefs = CAR[car].prefixes
        p = prefs[rng.randrange(len(prefs))]
        k = 9 - len(p)
        n = int(p) * 10 ** k + rng.randrange(10 ** k - 5 * count - 100)
        out = []
        used = self.used_msisdn
        while len(out) < count:
            n += 1 if rng.random() < 0.8 else rng.randint(2, 6)
            if n not in used:
                used.add(n)
                out.append(n)
        return out

    def cccd(self, prov, year, g):
        cen = (year - 1900) // 100
        gd = cen * 2 + (1 if g == 'F' else 0)
        base = int(prov) * 10 ** 9 + gd * 10 ** 8 + (year % 100) * 10 ** 6
        used = self.used_cccd
        while True:
            n = base + self.rng.randrange(10 ** 6)
            if n not in used:
                used.add(n)
                return '%012d' % n

    def other_id(self, maker):
        while True:
            s = maker()
            if s not in self.used_other:
                self.used_other.add(s)
                return s

    def cmnd9(self, prov):
        pre = CMND_PREFIX.get(prov, '0' + str(self.rng.randint(1, 9)))
        return self.other_id(lambda: pre + ''.join(chr(48 + self.rng.randrange(10)) for _ in range(9 - len(pre))))

    def vn_passport(self):
        r = self.rng
        return self.other_id(lambda: r.choice('CCCCBBNP') + '%07d' % r.randrange(10 ** 7))

    def tax_code(self, prov):
        r = self.rng
        pre = TAX_PREFIX.get(prov, '%02d' % r.randint(10, 79))
        base = lambda: pre + '%08d' % r.randrange(10 ** 8) + ('-%03d' % r.randint(1, 12) if r.random() < 0.15 else '')
        return self.other_id(base)

    def device(self, cat):
        return self.dev_model(CAT_CHOICE[cat].pick(self.rng))

    def dev_model(self, m, step=None):
        c = self.dev_ctr.get(m)
        if c is None:
            c = self.rng.randrange(400000)
        c += step if step is not None else self.rng.randint(1, 6)
        self.dev_ctr[m] = c
        tacs = TACS[m]
        body = '%s%06d' % (tacs[(c // 1000000) % len(tacs)], c % 1000000)
        return body + luhn_digit(body)

    def dev_run(self, m, count):
        """Sequential IMEIs of one model (SIM-box ports, M2M module lots)."""
        c = self.dev_ctr.get(m, self.rng.randrange(400000)) + self.rng.randint(50, 5000)
        self.dev_ctr[m] = c + count
        tacs = TACS[m]
        out = []
        for i in range(count):
            x = c + i
            body = '%s%06d' % (tacs[(x // 1000000) % len(tacs)], x % 1000000)
            out.append(body + luhn_digit(body))
        return out

    def phone(self, p):
        if p.phone is None:
            if p.nat != 'VN' and p.idt == 'PASSPORT':
                p.phone = self.device('foreign')
            else:
                p.phone = self.device('feature' if p.feature else ('cheap' if self.rng.random() < 0.12 else 'smart'))
        return p.phone

    def _block(self, car, size):
        ic = self.iccid_ctr[car]
        im = self.imsi_ctr[car]
        self.iccid_ctr[car] = ic + size + self.rng.randint(0, 3000)
        self.imsi_ctr[car] = im + size + self.rng.randint(0, 3000)
        return [ic, im, size]

    def sim(self, shop, car):
        """Next SIM kit (iccid, imsi) from a shop's stock, or the carrier warehouse (shop None)."""
        if shop is None:
            lst = self.central[car]
            if len(lst) < 3:
                lst.append(self._block(car, self.rng.choice((500, 1000, 2000))))
            st = lst[self.rng.randrange(len(lst))]
        else:
            st = shop.stock.get(car)
            if st is None:
                st = shop.stock[car] = self._block(car, self.rng.choice((50, 100, 100, 200, 500)))
        if st[2] <= 0:
            nb = self._block(car, self.rng.choice((50, 100, 200, 500)) if shop else 1000)
            st[0], st[1], st[2] = nb
        ic, im = st[0], st[1]
        st[0] += 1
        st[1] += 1
        st[2] -= 1
        C = CAR[car]
        body = '8984%s%0*d' % (C.iss, C.ilen - 7, ic % (10 ** (C.ilen - 7)))
        return body + luhn_digit(body), '452%s%010d' % (C.mnc, im % 10 ** 10)

    # ---------------- faces
    def cap(self, face, bits=None):
        r = self.rng
        k = CAP_BITS[r.randrange(10)] if bits is None else bits
        for _ in range(k):
            face ^= 1 << r.randrange(64)
        return face

    def idface(self, p):
        """Face hash of the photo printed on the person's ID card (older, different light)."""
        if p.idface is None:
            p.idface = self.cap(p.face, self.rng.randint(5, 11))
        return p.idface

    def fm_genuine(self, p, q=0.0):
        r = self.rng
        base = 0.93 if p.age < 55 else 0.86 if p.age < 70 else 0.8
        x = base - q + r.gauss(0, 0.045)
        if r.random() < 0.015:
            x = r.uniform(0.45, 0.7)       # bad light, glasses, beard, old ID photo
        return clamp(x, 0.3, 0.995)

    # ---------------- persons, organisations
    def person(self, rprov=None, age=None, g=None, bprov=None):
        r = self.rng
        p = Person()
        if rprov is None:
            rprov = self.prov_choice.pick(r)
        if bprov is None:
            ms = MIG_SHARE.get(rprov)
            if ms and r.random() < ms:
                bprov = self.sender.pick(r)
            elif r.random() < 0.06:
                bprov = self.any_prov.pick(r)
            else:
                bprov = rprov
        if age is None:
            lo, hi = AGE_BANDS.pick(r)
            age = r.randint(lo, hi)
        if g is None:
            g = 'M' if r.random() < 0.5 else 'F'
        dob = _dt.date.fromordinal(self.ref_ord - int(age * 365.2425) - r.randrange(365))
        p.idt = 'CCCD'
        p.idn = self.cccd(bprov, dob.year, g)
        p.name, p.minority = self.vn_name(bprov, g, dob.year)
        p.dob = dob.isoformat()
        p.g = g
        p.nat = 'VN'
        p.bprov = bprov
        p.rprov = rprov
        p.face = r.getrandbits(64)
        p.phone = None
        p.age = age
        reg = PROV_REGION[rprov]
        p.feature = ((age >= 65 and r.random() < 0.5) or
                     (age >= 45 and reg in ('NM', 'CH') and r.random() < 0.3) or r.random() < 0.025)
        p.idface = None
        return p

    def vn_name(self, prov, g, year):
        r = self.rng
        es = ETHNIC_SHARE.get(prov, 0.005)
        reg = PROV_REGION[prov]
        if r.random() < es:
            if reg == 'CH':
                giv = r.choice(CH_GIV)
                clan = r.choice(CH_CLAN)
                if g == 'M':
                    return ('Y %s %s' % (giv, clan) if r.random() < 0.6 else '%s %s' % (clan, giv)), True
                return ("H'%s %s" % (giv, clan) if r.random() < 0.6 else "%s H'%s" % (clan, giv)), True
            if reg == 'MD':
                return '%s %s' % (r.choice(KHMER_SUR), r.choice(KHMER_GIV)), True
            if prov in ('058', '060'):
                return '%s %s %s' % (r.choice(CHAM_SUR), 'Văn' if g == 'M' else 'Thị',
                                     r.choice(GIV_M_OLD if g == 'M' else GIV_F_OLD)), True
            if prov in ('002', '010', '011', '012', '014', '015') and r.random() < 0.55:
                if g == 'M':
                    return '%s %s %s' % (r.choice(HMONG_SUR), r.choice(('A', 'A', 'A', 'Seo', 'Mí', 'Chẩn')),
                                         r.choice(HMONG_GIV_M)), True
                return '%s Thị %s' % (r.choice(HMONG_SUR), r.choice(HMONG_GIV_F)), True
            sur = r.choice(TAY_SUR)
            mid = 'Văn' if g == 'M' else 'Thị'
            giv = r.choice(GIV_M_OLD if g == 'M' else GIV_F_OLD) if year < 1995 else \
                r.choice(GIV_M_NEW if g == 'M' else GIV_F_NEW)
            return '%s %s %s' % (sur, mid, giv), True
        sur = SURNAMES.pick(r)
        if reg in SOUTH_REGIONS:
            if sur in SOUTH_SWAP and r.random() < 0.75:
                sur = SOUTH_SWAP[sur]
        elif sur in ('Huỳnh', 'Võ') and r.random() < 0.6:
            sur = 'Hoàng' if sur == 'Huỳnh' else 'Vũ'
        modern = year >= 1995 and r.random() < 0.8 or year >= 1982 and r.random() < 0.35
        if g == 'M':
            mid = MID_M.pick(r)
            if modern and mid == 'Văn' and r.random() < 0.6:
                mid = MID_M.pick(r)
            giv = r.choice(GIV_M_NEW if modern else GIV_M_OLD)
        else:
            mid = (MID_F_NEW if modern else MID_F_OLD).pick(r)
            giv = r.choice(GIV_F_NEW if modern else GIV_F_OLD)
            if ' ' not in giv and r.random() < 0.08:
                mid = mid + ' ' + r.choice(('Thu', 'Ngọc', 'Kim', 'Thanh', 'Hồng', 'Minh', 'Diễm'))
        if ' ' in giv and r.random() < 0.5:
            return '%s %s' % (sur, giv), False
        if modern and r.random() < 0.03:
            sur = sur + ' ' + SURNAMES.pick(r)
        return '%s %s %s' % (sur, mid, giv), False

    def foreigner(self, nat, rprov, age=None):
        r = self.rng
        p = Person()
        _, surs, givs, fmt = FOREIGN[nat]
        if age is None:
            age = r.randint(19, 72) if r.random() < 0.9 else r.randint(14, 18)
        g = 'M' if r.random() < 0.5 else 'F'
        sur, giv = r.choice(surs), r.choice(givs)
        p.name = '%s %s' % (sur, giv) if (nat in ('KR', 'CN', 'TW', 'JP', 'KH', 'LA') or r.random() < 0.4) \
            else '%s %s' % (giv, sur)
        p.idt = 'PASSPORT'
        p.idn = self.other_id(lambda: foreign_passport(r, fmt))
        p.dob = _dt.date.fromordinal(self.ref_ord - int(age * 365.2425) - r.randrange(365)).isoformat()
        p.g = g
        p.nat = nat
        p.bprov = None
        p.rprov = rprov
        p.face = r.getrandbits(64)
        p.phone = None
        p.age = age
        p.feature = False
        p.idface = None
        p.minority = False
        return p

    def org(self, prov, kind='trade'):
        r = self.rng
        form = r.choice(('CÔNG TY TNHH', 'CÔNG TY CỔ PHẦN', 'Công ty TNHH MTV', 'CÔNG TY TNHH', 'Công ty Cổ phần'))
        field = {'trade': ('Thương mại Dịch vụ', 'Thương mại', 'Xuất nhập khẩu', 'Đầu tư'),
                 'logistics': ('Giao nhận Vận tải', 'Logistics', 'Chuyển phát nhanh', 'Vận tải'),
                 'tech': ('Công nghệ', 'Giải pháp Công nghệ', 'Viễn thông', 'Thiết bị Thông minh'),
                 'callcenter': ('Dịch vụ Khách hàng', 'Tiếp thị', 'Tài chính', 'Bảo hiểm', 'Bất động sản')}[kind]
        brand = r.choice(('Minh Phát', 'Hoàng Long', 'An Khang', 'Sao Việt', 'Thành Đạt', 'Phú Quý', 'Tân Tiến',
                          'Việt Hưng', 'Đại Dương', 'Kim Ngân', 'Bình Minh', 'Hưng Thịnh', 'Nam Á', 'Đông Á',
                          'Trường Sơn', 'Hải Âu', 'Phương Nam', 'Á Châu', 'Toàn Cầu', 'Ánh Dương', 'Bảo Tín'))
        name = '%s %s %s' % (form, r.choice(field), brand)
        if r.random() < 0.12:
            name += ', CHI NHÁNH %s' % strip_dia(PROV_NAME[prov]).upper().replace('–', '-')
        if form.isupper():
            name = name.upper()
        return self.tax_code(prov), name

    # ---------------- points of sale
    def build_shops(self):
        r = self.rng
        total = int(clamp(self.N // 110, 250, 12000))
        tot_pop = sum(PROV_POP.values())
        self.shops = []
        idx = {}
        self.stores_by_prov = {}
        mvnos = [c for c in CARRIERS if c.mvno or c.code in ('VIETNAMOBILE', 'GMOBILE')]
        for prov in PROVS:
            n = max(4, int(round(total * PROV_POP[prov] / tot_pop)))
            city = prov in CITIES
            kinds = WChoice([('STORE', 8), ('CHAIN', 14 if city else 6), ('AGENT', 52), ('STREET', 26)])
            for i in range(n):
                s = Shop()
                s.sid = len(self.shops)
                s.prov = prov
                s.kind = 'STORE' if i < 3 else kinds.pick(r)
                brands = []
                if s.kind == 'STORE':
                    brands = [BIG3[i] if i < 3 else WChoice([('VIETTEL', 5), ('VINAPHONE', 3), ('MOBIFONE', 3),
                                                             ('VIETNAMOBILE', 0.5)]).pick(r)]
                else:
                    for c in CARRIERS:
                        if c.code in BIG3:
                            pr = {'VIETTEL': 0.92, 'VINAPHONE': 0.6, 'MOBIFONE': 0.55}[c.code]
                            if s.kind == 'STREET':
                                pr *= 0.7
                        else:
                            pr = c.shop_share * (3.0 if s.kind == 'CHAIN' else 1.0) * (1.8 if city else 0.6)
                        if r.random() < pr:
                            brands.append(c.code)
                    if not brands:
                        brands = ['VIETTEL']
                s.codes = {}
                for b in brands:
                    s.codes[b] = self.agent_code(b, prov, s.kind)
                st = [self.device('smart') for _ in range(r.randint(1, 4 if s.kind in ('STORE', 'CHAIN') else 2))]
                s.staff = st
                if s.kind in ('STORE', 'CHAIN'):
                    s.devices = [self.device('tablet') for _ in range(r.randint(1, 3))]
                elif s.kind == 'AGENT':
                    s.devices = [st[0]] + ([self.device('tablet')] if r.random() < 0.3 else [])
                else:
                    s.devices = [st[0]]
                s.helps = r.random() < {'STORE': 0.1, 'CHAIN': 0.05, 'AGENT': 0.25, 'STREET': 0.35}[s.kind]
                s.test_phone = st[-1] if (s.kind in ('AGENT', 'STREET') and r.random() < 0.1) else None
                s.w = {'STORE': 6, 'CHAIN': 4, 'AGENT': 1.5, 'STREET': 0.6}[s.kind] * math.exp(r.gauss(0, 0.8))
                s.stock = {}
                s.corrupt = False
                self.shops.append(s)
                if s.kind == 'STORE':
                    self.stores_by_prov.setdefault(prov, []).append(s)
                for b in brands:
                    idx.setdefault((b, prov), []).append((s, s.w))
        self.shop_idx = {k: WChoice(v) for k, v in idx.items()}
        self.shops_by_prov = {}
        for s in self.shops:
            self.shops_by_prov.setdefault(s.prov, []).append(s)

    def agent_code(self, car, prov, kind):
        n = self.code_ctr.get((car, kind == 'STORE'), 0) + self.rng.randint(1, 40)
        self.code_ctr[(car, kind == 'STORE')] = n
        if kind == 'STORE':
            return {'VIETTEL': 'VTS%s%03d' % (prov, n % 1000), 'VINAPHONE': 'VNPT-%s-CH%02d' % (prov, n % 100),
                    'MOBIFONE': 'MBF-CH%s%02d' % (prov, n % 100)}.get(car, 'VNM-CH%04d' % n)
        return {'VIETTEL': 'VTT%s%05d' % (prov, n), 'VINAPHONE': 'VNP-%s-%04d' % (prov, n % 10000),
                'MOBIFONE': 'MBF%s.%04d' % (prov, n % 10000), 'VIETNAMOBILE': 'VNM%06d' % n,
                'ITEL': 'IT%06d' % n, 'GMOBILE': 'GM%s%04d' % (prov, n % 10000), 'REDDI': 'RD%05d' % n,
                'WINTEL': 'WT%05d' % n, 'ASIM': 'AS%05d' % n, 'DIGILIFE': 'DGL%05d' % n,
                'LOCAL': 'LC%05d' % n}[car]

    def shop_for(self, car, prov):
        wc = self.shop_idx.get((car, prov))
        if wc is None:
            hub = {'NM': '001', 'RRD': '001', 'NCC': '001', 'SCC': '048', 'CH': '079', 'SE': '079',
                   'MD': '092'}[PROV_REGION[prov]]
            wc = self.shop_idx.get((car, hub)) or self.shop_idx.get((car, '079'))
            if wc is None or self.rng.random() < 0.5:
                return None
        return wc.pick(self.rng)

    def pick_carrier(self, p):
        if p.age < 30 and p.rprov in CITIES and self.rng.random() < 0.3:
            return self.car_young.pick(self.rng)
        return self.car_by_region[PROV_REGION[p.rprov]].pick(self.rng)

    def courier(self, car, prov):
        k = (car, prov)
        lst = self.couriers.get(k)
        if lst is None:
            lst = self.couriers[k] = [self.device('smart') for _ in range(2 + int(PROV_POP[prov] * 2))]
        return lst[self.rng.randrange(len(lst))]

    def corrupt_shops(self, n, kinds=('AGENT', 'STREET'), provs=None, brand=None):
        """Pick n shops that will collude with a criminal actor."""
        r = self.rng
        out = []
        tries = 0
        while len(out) < n and tries < n * 50:
            tries += 1
            prov = provs.pick(r) if provs is not None else self.prov_choice.pick(r)
            lst = self.shops_by_prov[prov]
            s = lst[r.randrange(len(lst))]
            if s.kind not in kinds or (brand and brand not in s.codes):
                continue
            s.corrupt = True
            out.append(s)
        if not out:
            out = [self.shops_by_prov['079'][-1]]
        return out

    # ---------------- emission
    def out(self, car, num, who, t, ch, agent, dev, selfie, fm, pop, status, fu, usage, sim, lab,
            sub='INDIVIDUAL'):
        r = self.rng.random
        C = CAR[car]
        idt, idn, name, dob, g, nat, prov = who
        f = r()
        ms = ('0%09d' if f < C.fmt[0] else '84%09d' if f < C.fmt[0] + C.fmt[1] else '+84%09d') % num
        name = style_name(self.rng, name, C.namesty)
        if ',' in name or '"' in name:
            name = '"' + name.replace('"', '""') + '"'
        if usage is None or t + 30 * DAY > self.export_t or r() > C.p_usage:
            us = NO_USAGE
        else:
            us = [str(x) for x in usage]
        row = [car, ms,
               sim[1] if r() < C.p_imsi else '',
               sim[0] if r() < C.p_iccid else '',
               sub if (sub == 'ORGANIZATION' or r() < C.p_subtype) else '',
               idt, idn, name, dob,
               g if (g and r() < C.p_gender) else '',
               nat if (nat != 'VN' or r() < C.p_nat) else '',
               prov if (prov and r() < C.p_prov) else '',
               self.ts(t, C.utc), ch, agent,
               dev if (dev and r() < C.p_dev) else '',
               '%016x' % selfie if (selfie is not None and r() < C.p_selfie) else '',
               ('%.3f' % fm if car != 'MOBIFONE' else '%.2f' % fm) if fm is not None else '',
               pop, status,
               fu if (fu and r() < C.p_fu) else '']
        row.extend(us)
        if lab is not None:
            j, n, pat = lab
            labs = '%s,84%09d,%d,%d,%s' % (car, num, j, n, pat)
            self.stats[pat] = self.stats.get(pat, 0) + 1
            if j or n:
                self.fraud_keys += 1
        else:
            labs = ''
        self.w.add(t, labs, ','.join(row))

    def left(self):
        return self.N - self.w.n

    # ---------------- behaviour helpers
    def captured(self, t, kind):
        """Was a selfie captured at registration?"""
        d = t // DAY
        if kind in ('EKYC_APP', 'ONLINE'):
            return True
        if d >= C08_DAY:
            return self.rng.random() < 0.99
        if d < dayidx(2020, 1, 1):
            return False
        if d < DEC163_DAY:
            return self.rng.random() < 0.3
        return self.rng.random() < {'STORE': 0.85, 'CHAIN': 0.8, 'AGENT': 0.6, 'STREET': 0.4}.get(kind, 0.6)

    def pop_legit(self, t):
        r = self.rng.random()
        if t < POPDB_DAY * DAY:
            return 'UNCHECKED' if r < 0.9 else 'MATCH'
        return 'MATCH' if r < 0.965 else 'UNCHECKED' if r < 0.995 else 'MISMATCH'

    def vneid(self, t, p_unconf):
        """Status under Circular 08 VNeID confirmation (owner does not confirm the number)."""
        if self.export < LOCK1_DAY or t >= LOCK1_DAY * DAY or self.rng.random() >= p_unconf:
            return 'ACTIVE'
        dd = self.export - LOCK1_DAY
        return 'ONE_WAY_LOCKED' if dd < 60 else 'TWO_WAY_LOCKED' if dd < 65 else 'TERMINATED'

    def usage(self, prof):
        r = self.rng
        ri = r.randint
        L = lognorm_int
        if prof == 'adult' or prof == 'young':
            y = prof == 'young'
            oc = L(r, 22 if y else 55, 0.9)
            ic = L(r, 25 if y else 60, 0.8)
            os_ = L(r, 4, 1.1)
            dc = min(oc + os_, max(1 if oc else 0, int(oc * r.uniform(0.2, 0.55)) + ri(0, 4)))
            return [ri(14, 30), oc, ic, os_, L(r, 30, 0.7), dc, 10000 * L(r, 10 if y else 12, 0.7, 1, 150),
                    L(r, 9000 if y else 4000, 0.9, 0, 150000)]
        if prof == 'elderly':
            oc = L(r, 25, 0.8)
            return [ri(10, 30), oc, L(r, 35, 0.7), ri(0, 3), L(r, 10, 0.6), min(oc, ri(2, 15)),
                    10000 * L(r, 5, 0.5, 1, 50), L(r, 20, 1.5, 0, 3000)]
        if prof == 'elderly_smart':
            oc = L(r, 30, 0.8)
            return [ri(12, 30), oc, L(r, 40, 0.7), ri(0, 4), L(r, 15, 0.6), min(oc, ri(3, 20)),
                    10000 * L(r, 6, 0.5, 1, 50), L(r, 900, 1.0, 0, 20000)]
        if prof == 'data':
            return [ri(18, 30), 0, ri(0, 2), 0, ri(2, 10), 0, 10000 * L(r, 15, 0.5, 5, 100),
                    L(r, 20000, 0.8, 500, 400000)]
        if prof == 'm2m':
            os_ = L(r, 3, 1.0)
            return [ri(25, 30), 0, 0, os_, L(r, 3, 1.0), min(os_, ri(0, 2)), r.choice((0, 0, 10000, 20000)),
                    L(r, 60, 1.0, 1, 2000)]
        if prof == 'watch':
            oc = L(r, 15, 0.7)
            return [ri(20, 30), oc, L(r, 20, 0.7), 0, L(r, 5, 0.5), min(oc, ri(2, 4)), 10000 * ri(1, 3),
                    L(r, 150, 0.7)]
        if prof == 'dormant':
            oc = ri(0, 2)
            return [ri(0, 4), oc, ri(0, 3), 0, L(r, 4, 0.8), oc, r.choice((0, 0, 10000)), ri(0, 50)]
        if prof == 'tourist':
            oc = ri(0, 8)
            return [ri(3, 14), oc, ri(0, 5), ri(0, 3), ri(1, 10), oc, r.choice((0, 0, 0, 100000, 200000, 300000)),
                    L(r, 6000, 0.7, 200, 60000)]
        if prof == 'callcenter':
            oc = L(r, 1200, 0.5)
            return [ri(22, 30), oc, L(r, 80, 0.8), L(r, 20, 1.0), L(r, 15, 0.8), int(oc * r.uniform(0.6, 0.9)),
                    0, L(r, 100, 1.0)]
        if prof == 'zero':
            return [0, 0, 0, 0, 0, 0, 0, 0]
        if prof == 'resold_light':
            oc = L(r, 10, 1.0)
            os_ = L(r, 2, 1.0)
            return [ri(3, 20), oc, L(r, 4, 1.0), os_, L(r, 8, 0.8), min(oc + os_, ri(1, 8)),
                    10000 * L(r, 3, 0.6, 1, 30), L(r, 1500, 1.1)]
        if prof == 'farm_voice':
            oc = L(r, 1500, 0.5)
            return [ri(18, 30), oc, L(r, 6, 1.0), L(r, 10, 1.2), L(r, 4, 1.0), int(oc * r.uniform(0.85, 0.98)),
                    10000 * L(r, 40, 0.5, 5, 500), ri(0, 5)]
        if prof == 'farm_sms':
            os_ = L(r, 2500, 0.5)
            return [ri(18, 30), ri(0, 5), ri(0, 3), os_, L(r, 5, 1.0), int(os_ * r.uniform(0.85, 0.99)),
                    10000 * L(r, 30, 0.5, 5, 500), ri(0, 5)]
        if prof == 'farm_stealth':
            oc = L(r, 90, 0.4)
            return [ri(20, 30), oc, L(r, 10, 0.6), L(r, 8, 1.0), L(r, 12, 0.6), int(oc * r.uniform(0.7, 0.95)),
                    10000 * L(r, 10, 0.4, 2, 100), L(r, 150, 0.8)]
        if prof == 'otp':
            return [ri(8, 30), 0, ri(0, 1), ri(0, 1), L(r, 220, 0.7, 10), 0, r.choice((0, 0, 10000)), 0]
        if prof == 'otp_stealth':
            oc = ri(0, 4)
            return [ri(15, 30), oc, ri(0, 6), ri(0, 3), L(r, 45, 0.5, 5), oc, 10000 * ri(0, 2), L(r, 30, 1.0)]
        if prof == 'scam':
            oc = L(r, 350, 0.6)
            return [ri(10, 30), oc, L(r, 15, 0.8), L(r, 20, 1.0), L(r, 10, 1.0), int(oc * r.uniform(0.7, 0.95)),
                    10000 * L(r, 20, 0.6, 2, 300), L(r, 200, 1.0)]
        if prof == 'scam_stealth':
            oc = L(r, 80, 0.5)
            return [ri(15, 30), oc, L(r, 25, 0.6), L(r, 5, 1.0), L(r, 20, 0.6), int(oc * r.uniform(0.6, 0.85)),
                    10000 * L(r, 8, 0.5, 1, 100), L(r, 1200, 0.8)]
        if prof == 'warmed':
            oc = L(r, 35, 0.4)
            return [ri(20, 30), oc, L(r, 30, 0.4), L(r, 4, 0.8), L(r, 15, 0.6), min(oc, ri(3, 12)),
                    10000 * ri(2, 5), L(r, 600, 0.8)]
        if prof == 'takeover':
            oc = ri(0, 5)
            return [ri(1, 10), oc, ri(0, 3), ri(0, 2), L(r, 25, 0.6), oc, 0, L(r, 100, 1.0)]
        raise ValueError(prof)

    def prof_for(self, p):
        if p.age >= 62:
            return 'elderly' if p.feature else 'elderly_smart'
        if p.age < 25:
            return 'young'
        return 'adult' if self.rng.random() > 0.04 else 'dormant'


MIG_SHARE = {'079': 0.35, '074': 0.55, '075': 0.35, '001': 0.25, '027': 0.3, '048': 0.25, '031': 0.15,
             '024': 0.15, '077': 0.25, '080': 0.15, '026': 0.15, '092': 0.15, '056': 0.1}


# ==========================================================================
# Legitimate behaviour
# ==========================================================================
def legit_reg(ctx, p, car, t, chan, shop, pat, fu=None, prof=None, dev=None, status=None, num=None,
              who=None, face=None, fmq=0.0, sim=None, lab=True, pop=None, usage='auto'):
    """One genuine registration by (or for) person p.  chan: SHOP, EKYC_APP or ONLINE."""
    r = ctx.rng
    if chan == 'SHOP' and shop is None:
        chan = 'ONLINE' if p.feature else 'EKYC_APP'
    if chan == 'SHOP':
        ch = shop.channel()
        agent = shop.codes[car]
        d = dev or shop.reg_device(r)
        kind = shop.kind
        if kind == 'STREET':
            fmq += 0.03
    elif chan == 'EKYC_APP':
        ch, agent, kind = 'EKYC_APP', '', 'EKYC_APP'
        d = dev or ctx.phone(p)
    else:
        ch, agent, kind = 'ONLINE', '', 'ONLINE'
        d = dev if dev is not None else (ctx.courier(car, p.rprov or '079') if r.random() < 0.6 else '')
    if ctx.captured(t, kind):
        s = ctx.cap(p.face if face is None else face)
        f = ctx.fm_genuine(p, fmq)
    else:
        s = f = None
    if pop is None:
        pop = ctx.pop_legit(t) if p.idt != 'PASSPORT' else ('UNCHECKED' if p.nat != 'VN' or r.random() < 0.5 else 'MATCH')
    if status is None:
        status = ctx.vneid(t, 0.02 if p.age < 62 else 0.08)
    if num is None:
        num = ctx.msisdn(car)
    if sim is None:
        sim = ctx.sim(shop if ch in ('STORE', 'AGENT') else None, car)
    if fu is None:
        fu = ctx.phone(p) if r.random() > 0.03 else ''
    if usage == 'auto':
        usage = ctx.usage(prof or ctx.prof_for(p))
    ctx.out(car, num, who or p.who(), t, ch, agent, d, s, f, pop, status, fu, usage, sim,
            (0, 0, pat) if lab else None)
    return num, sim


def chan_for(ctx, p, shop=None):
    r = ctx.rng.random()
    if p.feature or p.age >= 70:
        return 'SHOP'
    app = 0.42 if p.age < 30 else 0.3 if p.age < 50 else 0.15
    if r < app:
        return 'EKYC_APP'
    if r < app + 0.07:
        return 'ONLINE'
    return 'SHOP'


def typo_who(ctx, p):
    r = ctx.rng
    idt, idn, name, dob, g, nat, prov = p.who()
    x = r.random()
    if x < 0.6:
        name = name_typo(r, name)
    elif x < 0.8:
        y, m, d = dob.split('-')
        if int(d) <= 12 and d != m:
            dob = '%s-%s-%s' % (y, d, m)
        else:
            dd = int(d) + (1 if int(d) < 28 else -1)
            dob = '%s-%s-%02d' % (y, m, dd)
    else:
        # one mistyped digit: usually in the random part, sometimes in the birth year
        j = r.randrange(6, 12) if r.random() < 0.85 else r.randrange(4, 6)
        c = str((int(idn[j]) + r.randint(1, 9)) % 10)
        idn = idn[:j] + c + idn[j + 1:]
    return (idt, idn, name, dob, g, nat, prov)


def ev_walkin(ctx):
    r = ctx.rng
    p = ctx.person()
    car = ctx.pick_carrier(p)
    shop = ctx.shop_for(car, p.rprov)
    t = ctx.rt('shop')
    pat = 'legit_walkin'
    fu = None
    if shop is not None and shop.test_phone and r.random() < 0.7:
        fu = shop.test_phone
        pat = 'legit_shop_tested'
    if r.random() < ctx.opts.get('typo', 0.02) and ctx.left() >= 2:
        who = typo_who(ctx, p)
        fixed = r.random() < 0.55 and t // DAY + 2 < ctx.end
        st = 'ONE_WAY_LOCKED' if fixed or r.random() < 0.5 else 'ACTIVE'
        num, sim = legit_reg(ctx, p, car, t, 'SHOP', shop, 'legit_typo', fu=fu, who=who, pop='MISMATCH',
                             status=st, lab=not fixed)
        if fixed:
            t2 = ctx.rt('shop', ctx.day_in(t // DAY + 1, t // DAY + 25))
            s2 = shop if (shop is not None and r.random() < 0.5) else ctx.shop_for(car, p.rprov)
            legit_reg(ctx, p, car, t2, 'SHOP' if s2 else 'EKYC_APP', s2, 'legit_reverification', num=num,
                      sim=sim, pop='MATCH', status='ACTIVE')
        return
    legit_reg(ctx, p, car, t, 'SHOP', shop, pat, fu=fu)


def ev_app(ctx):
    r = ctx.rng
    p = ctx.person()
    if p.feature:
        return ev_walkin(ctx)
    car = ctx.pick_carrier(p)
    t = ctx.rt('app')
    pat = 'legit_app_selfservice'
    fu = None
    st = None
    x = r.random()
    if x < 0.07:
        fu = ctx.device('smart')          # bought a new phone: SIM first used in it
        pat = 'legit_phone_swap'
        if t // DAY >= C08_DAY and r.random() < 0.15:
            st = 'ONE_WAY_LOCKED'         # device change not yet re-authenticated
    elif x < 0.1:
        fu = ctx.device('smart')          # second handset of the subscriber
    legit_reg(ctx, p, car, t, 'EKYC_APP', None, pat, fu=fu, status=st)


def ev_online(ctx):
    p = ctx.person()
    car = ctx.pick_carrier(p)
    legit_reg(ctx, p, car, ctx.rt('app'), 'ONLINE', None, 'legit_online_delivery')


def ev_multi_carrier(ctx):
    r = ctx.rng
    p = ctx.person(age=r.randint(18, 55))
    k = min(2 if r.random() < 0.75 else 3, ctx.left())
    cars = []
    while len(cars) < k:
        c = ctx.pick_carrier(p) if not cars else WChoice([(c.code, c.share ** 0.6) for c in CARRIERS]).pick(r)
        if c not in cars:
            cars.append(c)
    t0 = ctx.rt('shop')
    for i, car in enumerate(cars):
        t = t0 + r.randint(600, 7200) * i if r.random() < 0.3 else ctx.rt('app')
        ch = chan_for(ctx, p)
        shop = ctx.shop_for(car, p.rprov) if ch == 'SHOP' else None
        prof = None if i == 0 else r.choice(('data', 'dormant', 'adult', 'data', 'dormant'))
        fu = None if prof != 'data' else (ctx.device('router') if r.random() < 0.5 else ctx.phone(p))
        legit_reg(ctx, p, car, t, ch, shop, 'legit_multi_carrier', prof=prof, fu=fu)


def ev_family(ctx):
    r = ctx.rng
    prov = ctx.prov_choice.pick(r)
    par = ctx.person(rprov=prov, age=r.randint(33, 55))
    par.feature = False
    pphone = ctx.phone(par)
    if r.random() < 0.7:
        kids = [ctx.person(rprov=prov, age=r.randint(14, 19), bprov=par.bprov) for _ in range(r.randint(1, 2))]
        for kid in kids:
            if not (par.minority or kid.minority):
                kid.name = par.name.split(' ')[0] + kid.name[kid.name.index(' '):]   # child takes the family name
        regs = kids
        assist_q = 0.0
    else:
        elder = ctx.person(rprov=prov, age=r.randint(66, 90), bprov=par.bprov)
        elder.feature = True
        regs = [elder]
        assist_q = 0.06
    t = ctx.rt('app')
    for who in regs[:max(1, ctx.left())]:
        car = ctx.pick_carrier(par)
        fu = ctx.phone(who) if r.random() < 0.7 else pphone     # shared dual-SIM family phone
        legit_reg(ctx, who, car, t, 'EKYC_APP', None, 'legit_family_device', fu=fu, dev=pphone, fmq=assist_q)
        t += r.randint(120, 1800)
    if r.random() < 0.3 and ctx.left() > 0:
        legit_reg(ctx, par, ctx.pick_carrier(par), t + r.randint(60, 900), 'EKYC_APP', None, 'legit_family_device')


def ev_guardian(ctx):
    r = ctx.rng
    par = ctx.person(age=r.randint(28, 50))
    car = ctx.pick_carrier(par)
    kid_dev = ctx.device('watch') if r.random() < 0.5 else ctx.device('cheap')
    ch = chan_for(ctx, par)
    shop = ctx.shop_for(car, par.rprov) if ch == 'SHOP' else None
    legit_reg(ctx, par, car, ctx.rt('shop'), ch, shop, 'legit_guardian_sim', fu=kid_dev,
              prof='watch' if r.random() < 0.6 else 'young')


def ev_elderly_assisted(ctx):
    r = ctx.rng
    p = ctx.person(age=r.randint(65, 92))
    p.feature = r.random() < 0.75
    car = ctx.pick_carrier(p)
    shop = ctx.shop_for(car, p.rprov)
    t = ctx.rt('shop')
    if shop is not None and (shop.helps or r.random() < 0.3):
        # shop staff run the carrier app on their own phone for the customer
        legit_reg(ctx, p, car, t, 'EKYC_APP', None, 'legit_elderly_assisted', dev=r.choice(shop.staff), fmq=0.06)
    else:
        legit_reg(ctx, p, car, t, 'SHOP', shop, 'legit_elderly_assisted', fmq=0.06)


def ev_data_sim(ctx):
    r = ctx.rng
    p = ctx.person(age=r.randint(20, 60))
    car = ctx.pick_carrier(p)
    x = r.random()
    ch = 'SHOP' if x < 0.5 else 'ONLINE' if x < 0.8 else 'EKYC_APP'
    if ch == 'EKYC_APP' and p.feature:
        ch = 'SHOP'
    shop = ctx.shop_for(car, p.rprov) if ch == 'SHOP' else None
    cam = r.random() < 0.25
    legit_reg(ctx, p, car, ctx.rt('shop'), ch, shop, 'legit_data_sim', fu=ctx.device('router'),
              prof='m2m' if cam else 'data')


def ev_trader(ctx):
    r = ctx.rng
    p = ctx.person(age=r.randint(28, 62))
    p.feature = False
    k = min(r.randint(4, 9), ctx.left())
    cars = [ctx.pick_carrier(p)]
    if r.random() < 0.4:
        cars.append(ctx.pick_carrier(p))
    shops = {}
    napp = {}
    for i in range(k):
        car = cars[0] if r.random() < 0.75 else cars[-1]
        t = ctx.rt('shop')
        if napp.get(car, 0) < 3 and r.random() < 0.3:
            napp[car] = napp.get(car, 0) + 1
            ch, shop = 'EKYC_APP', None
        else:
            ch = 'SHOP'
            shop = shops.get(car) or ctx.shop_for(car, p.rprov)
            shops[car] = shop
            napp[car] = 3                     # once in person, the rest go in person too
        y = r.random()
        if y < 0.3:
            fu, prof = ctx.device('module'), 'm2m'
        elif y < 0.45:
            fu, prof = ctx.device('router'), 'data'
        elif y < 0.7:
            fu, prof = ctx.phone(p), 'adult'
        else:
            fu, prof = ctx.device('cheap'), r.choice(('adult', 'dormant'))
        legit_reg(ctx, p, car, t, ch, shop, 'legit_trader_multi', fu=fu, prof=prof)


def _batch_day(ctx, early=False, weekend=False):
    r = ctx.rng
    for _ in range(20):
        d = ctx.day_in(ctx.start, ctx.start + 30) if early and r.random() < 0.6 else ctx.days.pick(r)
        if not weekend or (E0 + _dt.timedelta(days=d)).weekday() >= 5 or r.random() < 0.15:
            return d
    return d


def ev_group(ctx, kind):
    """Legit group registrations: students at semester start, factory workers on payday,
    a carrier's mobile registration point in a rural commune."""
    r = ctx.rng
    if kind == 'student':
        prov = UNIV_CH.pick(r)
        car = WChoice([('VIETTEL', 4), ('MOBIFONE', 3), ('VINAPHONE', 3), ('VIETNAMOBILE', 1), ('ITEL', 0.5)]).pick(r)
        shop = ctx.shop_for(car, prov)
        n = r.randint(5, 30)
        d = _batch_day(ctx, early=True)
        pat, ages = 'legit_student_batch', (18, 21)
    elif kind == 'worker':
        prov = WChoice({p: MIGRANT_DEST.get(p, 1) for p in INDUSTRIAL}).pick(r)
        car = ctx.car_by_region[PROV_REGION[prov]].pick(r)
        shop = ctx.shop_for(car, prov)
        n = r.randint(5, 40)
        d = _batch_day(ctx, weekend=True)
        pat, ages = 'legit_worker_batch', (18, 40)
    else:
        prov = ctx.rural.pick(r)
        lst = ctx.stores_by_prov.get(prov)
        shop = r.choice(lst)
        car = next(iter(shop.codes))
        n = r.randint(10, 40)
        d = ctx.days.pick(r)
        pat, ages = 'legit_village_drive', None
    if shop is None:
        shop = ctx.shop_for(car, '079') or ctx.shops_by_prov['079'][0]
        if car not in shop.codes:
            car = next(iter(shop.codes))
    n = min(n, ctx.left())
    t = d * DAY + r.randint(8, 15) * 3600 + r.randrange(3600)
    dev = shop.reg_device(r)
    for i in range(n):
        if ages is None:
            age = r.randint(16, 40) if r.random() < 0.45 else r.randint(41, 90)
            p = ctx.person(rprov=prov, age=age, bprov=prov)
        else:
            p = ctx.person(rprov=prov, age=r.randint(*ages),
                           bprov=ctx.sender.pick(r) if r.random() < 0.7 else None)
        t += r.randint(90, 600)
        if r.random() < 0.2:
            dev = shop.reg_device(r)
        legit_reg(ctx, p, car, t, 'SHOP', shop, pat, dev=dev)


def ev_tourist(ctx):
    r = ctx.rng
    nat = TOURIST_NAT.pick(r)
    prov = TOURIST_CH.pick(r)
    t = ctx.rt('shop')
    car = WChoice([('VIETTEL', 5), ('MOBIFONE', 3), ('VINAPHONE', 3), ('LOCAL', 0.2), ('WINTEL', 0.2)]).pick(r)
    shop = ctx.shop_for(car, prov)
    ch = 'ONLINE' if (shop is None or r.random() < 0.12) else 'SHOP'
    for i in range(1 if r.random() < 0.7 else min(r.randint(2, 4), ctx.left())):
        p = ctx.foreigner(nat, prov)
        legit_reg(ctx, p, car, t, ch, shop, 'legit_tourist', prof='tourist', status='ACTIVE')
        t += r.randint(60, 400)


def ev_foreign_resident(ctx):
    r = ctx.rng
    prov = WChoice({'079': 10, '001': 8, '074': 5, '027': 5, '075': 3, '031': 3, '048': 3, '024': 2, '022': 1}).pick(r)
    p = ctx.foreigner(RESIDENT_NAT.pick(r), prov, age=r.randint(23, 60))
    car = ctx.car_by_region[PROV_REGION[prov]].pick(r)
    shop = ctx.shop_for(car, prov)
    legit_reg(ctx, p, car, ctx.rt('shop'), 'SHOP', shop, 'legit_foreign_resident', prof='adult')


def ev_overseas_viet(ctx):
    r = ctx.rng
    prov = TOURIST_CH.pick(r) if r.random() < 0.6 else ctx.prov_choice.pick(r)
    p = ctx.person(rprov=prov, age=r.randint(20, 75))
    nat = OVERSEAS_NAT.pick(r)
    p.idt = 'PASSPORT'
    p.nat = nat
    if nat == 'VN':
        p.idn = ctx.vn_passport()
    else:
        p.idn = ctx.other_id(lambda: foreign_passport(r, FOREIGN[nat][3]))
        if r.random() < 0.6:
            p.name = strip_dia(p.name).upper()
    p.feature = False
    car = ctx.pick_carrier(p)
    shop = ctx.shop_for(car, prov)
    legit_reg(ctx, p, car, ctx.rt('shop'), 'SHOP', shop, 'legit_overseas_viet',
              prof='adult' if r.random() < 0.6 else 'tourist')


def old_reg(ctx, p, car, t, who=None, status='ACTIVE', lab=None, pat='legit_legacy', sim=None, num=None,
            pop=None):
    """A registration from before the window (history row or legacy subscription)."""
    r = ctx.rng
    shop = ctx.shop_for(car, p.rprov)
    d = t // DAY
    if shop is None or (d > dayidx(2020, 6, 1) and r.random() < 0.2 and not p.feature):
        ch, agent, dev, kind = 'EKYC_APP', '', ctx.phone(p), 'EKYC_APP'
        if d < dayidx(2020, 6, 1):
            ch, agent, dev, kind = 'STORE', 'VTS%s001' % p.rprov, '', 'STORE'
        sim = sim or ctx.sim(None, car)
    else:
        ch, agent, dev, kind = shop.channel(), shop.codes[car], shop.reg_device(r), shop.kind
        sim = sim or ctx.sim(shop, car)
    if ch == 'STORE' and car != 'VIETTEL' and agent.startswith('VTS'):
        ch, agent = 'AGENT', ''
    if ctx.captured(t, kind):
        s, f = ctx.cap(p.face), ctx.fm_genuine(p, 0.02)
    else:
        s = f = None
    num = num or ctx.msisdn(car)
    ctx.out(car, num, who or p.who(), t, ch, agent, dev, s, f, pop or ctx.pop_legit(t), status,
            ctx.phone(p) if r.random() < 0.6 else '', None, sim, lab and (0, 0, pat))
    return num, sim


def legacy_who(ctx, p, t):
    r = ctx.rng
    if t // DAY < dayidx(2021, 7, 1) and r.random() < 0.65:
        if r.random() < 0.06:
            idn = ctx.other_id(lambda: '%012d' % r.randrange(10 ** 11, 10 ** 12))
        else:
            idn = ctx.cmnd9(p.bprov)
        return ('CMND', idn, p.name, p.dob, p.g, 'VN', p.rprov)
    return p.who()


def ev_replacement(ctx):
    r = ctx.rng
    if ctx.left() < 2:
        return ev_walkin(ctx)
    p = ctx.person(age=r.randint(18, 80))
    car = ctx.pick_carrier(p)
    t0 = ctx.old_t(2014, 2025) if r.random() < 0.8 else ctx.rt('shop', ctx.day_in(ctx.start, ctx.end - 20))
    num, _ = old_reg(ctx, p, car, t0, status='TERMINATED')
    t1 = ctx.rt('shop', ctx.day_in(max(t0 // DAY + 3, ctx.start), ctx.end))
    shop = None
    lst = [s for s in ctx.stores_by_prov.get(p.rprov, ()) if car in s.codes]
    if lst:
        shop = r.choice(lst)
    else:
        shop = ctx.shop_for(car, p.rprov)
    fu = ctx.device('smart' if not p.feature else 'feature') if r.random() < 0.3 else None
    legit_reg(ctx, p, car, t1, 'SHOP', shop, 'legit_sim_replacement', num=num, fu=fu)


def ev_reverify(ctx):
    r = ctx.rng
    if ctx.left() < 2:
        return ev_walkin(ctx)
    p = ctx.person(age=r.randint(20, 85))
    car = ctx.pick_carrier(p)
    if r.random() < 0.6:
        t0 = ctx.old_t(2010, 2020)
        who = legacy_who(ctx, p, t0)
        pop = 'UNCHECKED'
    else:
        t0 = ctx.old_t(2019, 2025)
        who = typo_who(ctx, p)
        pop = 'MISMATCH'
    num, sim = old_reg(ctx, p, car, t0, who=who, pop=pop)
    t1 = ctx.rt('shop')
    ch = 'SHOP' if (p.feature or r.random() < 0.6) else 'EKYC_APP'
    shop = ctx.shop_for(car, p.rprov) if ch == 'SHOP' else None
    legit_reg(ctx, p, car, t1, ch, shop, 'legit_reverification', num=num, sim=sim, pop='MATCH')


def ev_transfer(ctx):
    r = ctx.rng
    if ctx.left() < 2:
        return ev_walkin(ctx)
    a = ctx.person(age=r.randint(55, 88))
    b = ctx.person(rprov=a.rprov, age=r.randint(22, 55), bprov=a.bprov if r.random() < 0.7 else None)
    if r.random() < 0.7 and not (a.minority or b.minority):
        b.name = a.name.split(' ')[0] + b.name[b.name.index(' '):]
    car = ctx.pick_carrier(a)
    t0 = ctx.old_t(2008, 2024)
    num, sim = old_reg(ctx, a, car, t0, who=legacy_who(ctx, a, t0), status='TERMINATED')
    lst = [s for s in ctx.stores_by_prov.get(a.rprov, ()) if car in s.codes]
    shop = r.choice(lst) if lst else ctx.shop_for(car, a.rprov)
    legit_reg(ctx, b, car, ctx.rt('shop'), 'SHOP', shop, 'legit_ownership_transfer', num=num,
              sim=sim if r.random() < 0.6 else None)


def ev_port_in(ctx):
    r = ctx.rng
    p = ctx.person(age=r.randint(18, 70))
    car = ctx.pick_carrier(p)
    old = r.choice([c for c in BIG3 + ('VIETNAMOBILE', 'ITEL') if c != car])
    num = ctx.msisdn(car, CAR[old].prefixes)
    ch = chan_for(ctx, p)
    shop = ctx.shop_for(car, p.rprov) if ch == 'SHOP' else None
    legit_reg(ctx, p, car, ctx.rt('shop'), ch, shop, 'legit_port_in', num=num)


def ev_legacy(ctx):
    r = ctx.rng
    p = ctx.person(age=r.randint(22, 85))
    car = ctx.pick_carrier(p)
    t = ctx.old_t(2012, 2025)
    who = legacy_who(ctx, p, t)
    st = 'ACTIVE'
    if who[0] == 'CMND' and ctx.export > C08_DAY + 60 and r.random() < 0.4:
        st = 'ONE_WAY_LOCKED'
    elif ctx.export >= LOCK1_DAY and r.random() < 0.03:
        st = 'ONE_WAY_LOCKED'
    old_reg(ctx, p, car, t, who=who, status=st, lab=True, pat='legit_legacy')


def ev_org(ctx, kind):
    r = ctx.rng
    if kind == 'callcenter':
        prov = WChoice({'079': 6, '001': 6, '048': 1, '092': 1}).pick(r)
        k = r.randint(10, 60)
    elif kind == 'm2m':
        prov = WChoice({p: PROV_POP[p] * (4 if p in CITIES else 1) for p in PROVS}).pick(r)
        k = r.randint(20, 150)
    else:
        prov = WChoice({p: PROV_POP[p] * (4 if p in CITIES or p in INDUSTRIAL else 1) for p in PROVS}).pick(r)
        k = r.randint(8, 60)
    k = min(k, ctx.left())
    tax, oname = ctx.org(prov, {'fleet': r.choice(('logistics', 'trade')), 'm2m': 'tech', 'callcenter': 'callcenter'}[kind])
    rep = ctx.person(rprov=prov, age=r.randint(28, 55))
    car = ctx.car_by_region[PROV_REGION[prov]].pick(r)
    if car not in BIG3 and r.random() < 0.7:
        car = 'VIETTEL'
    lst = [s for s in ctx.stores_by_prov.get(prov, ()) if car in s.codes]
    shop = r.choice(lst) if lst else ctx.shop_for(car, prov)
    if shop is None:
        shop = ctx.stores_by_prov['079'][0]
        car = next(iter(shop.codes))
    who = ('ORG', tax, oname, '', '', 'VN', prov)
    pat = 'legit_org_' + kind
    if kind == 'm2m':
        fus = ctx.dev_run(r.choice(('gps_tracker', 'pos_terminal', 'smart_meter', 'quectel_ec25')), k)
        nums = ctx.msisdn_run(car, k) if r.random() < 0.6 else None
        prof = 'm2m'
    elif kind == 'callcenter':
        if r.random() < 0.35:
            fus = ctx.dev_run(r.choice(('goip', 'dinstar')), k)
        elif r.random() < 0.5:
            fus = ctx.dev_run('gsm_deskphone', k)
        else:
            fus = [ctx.device('smart') for _ in range(k)]
        nums = ctx.msisdn_run(car, k) if r.random() < 0.3 else None
        prof = 'callcenter'
    else:
        fus = [ctx.device('smart' if r.random() < 0.8 else 'cheap') for _ in range(k)]
        nums = None
        prof = 'adult'
    sessions = r.randint(1, 3)
    t = ctx.rt('office')
    dev = shop.reg_device(r)
    with_selfie = r.random() < 0.6
    fm = ctx.fm_genuine(rep)
    for i in range(k):
        if i and sessions > 1 and i % max(1, k // sessions) == 0:
            t = ctx.rt('office')
        t += r.randint(20, 120)
        s = ctx.cap(rep.face) if with_selfie else None
        ctx.out(car, nums[i] if nums else ctx.msisdn(car), who, t, shop.channel(), shop.codes[car], dev,
                s, fm if with_selfie else None, 'UNCHECKED' if r.random() < 0.6 else 'MATCH', 'ACTIVE',
                fus[i], ctx.usage(prof), ctx.sim(shop, car), (0, 0, pat), sub='ORGANIZATION')


LEGIT_EVENTS = {
    'walkin': ev_walkin, 'app': ev_app, 'online': ev_online, 'multi_carrier': ev_multi_carrier,
    'family': ev_family, 'guardian': ev_guardian, 'elderly_assisted': ev_elderly_assisted,
    'data_sim': ev_data_sim, 'trader': ev_trader,
    'student_batch': lambda c: ev_group(c, 'student'), 'worker_batch': lambda c: ev_group(c, 'worker'),
    'village_drive': lambda c: ev_group(c, 'village'), 'tourist': ev_tourist,
    'foreign_resident': ev_foreign_resident, 'overseas_viet': ev_overseas_viet,
    'replacement': ev_replacement, 'reverify': ev_reverify, 'transfer': ev_transfer,
    'port_in': ev_port_in, 'legacy': ev_legacy,
    'org_fleet': lambda c: ev_org(c, 'fleet'), 'org_m2m': lambda c: ev_org(c, 'm2m'),
    'org_callcenter': lambda c: ev_org(c, 'callcenter'),
}


# ==========================================================================
# Criminal actors
# ==========================================================================
PREACT_PROVS = WChoice({p: PROV_POP[p] * (2.0 if p in CITIES or p in INDUSTRIAL else 1.0) for p in PROVS})
CITY_RING = WChoice({'079': 10, '001': 8, '048': 2, '092': 2, '075': 2, '074': 2, '072': 1, '089': 1, '031': 1})


def fab_identity(ctx, prov='', sloppy=0.2, template=None):
    """A fabricated document: plausible structure, nobody behind it."""
    r = ctx.rng
    bp = ctx.any_prov.pick(r)
    if template is not None:
        name, dob, g = template
        year = int(dob[:4])
    else:
        g = 'M' if r.random() < 0.55 else 'F'
        year = r.randint(1958, 2007)
        dob = _dt.date(year, r.randint(1, 12), r.randint(1, 28)).isoformat()
        name = ctx.vn_name(bp, g, year)[0]
    if r.random() < 0.15:
        return ('CMND', ctx.cmnd9(bp), name, dob, g, 'VN', prov)
    y, gg = year, g
    if r.random() < sloppy:
        if r.random() < 0.5:
            gg = 'F' if g == 'M' else 'M'           # century/gender digit contradicts declared gender
        else:
            y = year + r.choice((-3, -2, -1, 1, 2, 5, 10))  # YY contradicts declared DOB
    return ('CCCD', ctx.cccd(bp, y, gg), name, dob, g, 'VN', prov)


def fab_template(ctx):
    r = ctx.rng
    g = 'M' if r.random() < 0.5 else 'F'
    year = r.randint(1965, 2000)
    return (ctx.vn_name(ctx.any_prov.pick(r), g, year)[0],
            _dt.date(year, r.randint(1, 12), r.randint(1, 28)).isoformat(), g)


def victim(ctx, src, prov=None, own_p=0.0):
    """A real person whose identity is abused (leaked copy, bought, stolen)."""
    r = ctx.rng
    if src == 'market' and ctx.leak_market and r.random() < 0.3:
        return ctx.leak_market[r.randrange(len(ctx.leak_market))]
    if src in ('online', 'market'):
        p = ctx.person(age=r.randint(18, 50) if r.random() < 0.8 else r.randint(51, 80))
    elif src == 'local':
        p = ctx.person(rprov=prov, age=r.randint(18, 78))
    else:   # rural sellers of identities
        p = ctx.person(rprov=ctx.rural.pick(r), age=r.randint(18, 78))
    if src == 'market' and len(ctx.leak_market) < 20000:
        ctx.leak_market.append(p)
    if own_p and r.random() < own_p and ctx.left() > 2:
        car = ctx.pick_carrier(p)
        ch = chan_for(ctx, p)
        legit_reg(ctx, p, car, ctx.rt('shop'), ch, ctx.shop_for(car, p.rprov) if ch == 'SHOP' else None,
                  'legit_victim_own')
    return p


def f_out(ctx, car, num, who, t, via, dev, sface, fm, pop, status, fu, prof, lab, sim=None,
          sub='INDIVIDUAL', app_dev=None):
    """Emit a fraudulent registration done through shop `via` (None: the carrier app)."""
    if via is None:
        ch, agent = 'EKYC_APP', ''
        dev = app_dev or dev
        sim = sim or ctx.sim(None, car)
    else:
        ch, agent = via.channel(), via.codes[car]
        sim = sim or ctx.sim(via, car)
    ctx.out(car, num, who, t, ch, agent, dev, sface, fm, pop, status, fu,
            ctx.usage(prof) if prof else None, sim, lab, sub=sub)


def shop_brand(ctx, shop, prefer=None):
    if prefer and prefer in shop.codes:
        return prefer
    b = [c for c in shop.codes if c in BIG3] or list(shop.codes)
    return b[ctx.rng.randrange(len(b))]


def fab_pop(r):
    x = r.random()
    return 'NOT_FOUND' if x < 0.45 else 'UNCHECKED' if x < 0.85 else 'MISMATCH'


def fp_preact(ctx, target, ident='fab', stealth=False):
    """Dealers pre-activating SIM kits for resale on fabricated or leaked documents."""
    r = ctx.rng
    pat = 'preact_fabricated' if ident == 'fab' else 'preact_leaked'
    lab = (1, 0, pat) if ident == 'fab' else (1, 1, pat)
    nd = int(clamp(target // (25 if stealth else 90), 1, 250))
    dealers = []
    for s in ctx.corrupt_shops(nd, kinds=('AGENT', 'STREET', 'STORE') if r.random() < 0.2 else ('AGENT', 'STREET'),
                               provs=PREACT_PROVS):
        dealers.append({
            'shop': s, 'car': shop_brand(ctx, s),
            'batch': (2, 6) if stealth else r.choice(((10, 40), (20, 80), (40, 150))),
            'night': 0.1 if stealth else r.uniform(0.3, 0.8),
            'app': 0.05 if stealth else 0.15,
            'faces': [r.getrandbits(64) for _ in range(r.randint(1, 5))],
            'mode': 'idphoto' if (stealth and ident != 'fab') else WChoice([('none', 35), ('stock', 45), ('dealer', 20)]).pick(r),
            'dface': r.getrandbits(64),
            'template': fab_template(ctx) if (ident == 'fab' and r.random() < 0.2) else None,
            'sold': r.uniform(0.3, 0.8) if not stealth else r.uniform(0.7, 0.95),
            'run': r.random() < (0.3 if stealth else 0.75),
        })
    wave = ctx.opts.get('wave')
    wave_days = WChoice([(d, (wave[2] if dayidx(*wave[0]) <= d <= dayidx(*wave[1]) else 1.0) * w)
                         for d, w in zip(ctx.day_list, [1.0] * len(ctx.day_list))]) if wave else None
    made = 0
    while made < target and ctx.left() > 0:
        D = dealers[r.randrange(len(dealers))]
        shop = D['shop']
        car = D['car']
        d = wave_days.pick(r) if wave_days else ctx.days.pick(r)
        n = min(r.randint(*D['batch']), target - made, ctx.left())
        t = ctx.rt('night' if r.random() < D['night'] else 'shop', d)
        nums = ctx.msisdn_run(car, n) if D['run'] else None
        via_app = r.random() < D['app']
        for i in range(n):
            t += r.randint(25, 240) if not stealth else r.randint(1800, 4 * 3600)
            if ident == 'fab':
                who = fab_identity(ctx, shop.prov if r.random() < 0.6 else '', 0.25, D['template'])
                vp = None
                pop = fab_pop(r)
            else:
                vp = victim(ctx, 'local' if r.random() < 0.6 else 'market', shop.prov, own_p=0.1)
                who = vp.who()
                pop = 'MATCH' if r.random() < 0.9 else 'MISMATCH'
            mode = D['mode']
            if mode == 'none' and (t // DAY >= C08_DAY or via_app):
                mode = 'stock'
            if mode == 'none':
                sf = fm = None
            elif mode == 'stock':
                fl = r.random() < 0.05
                sf = ctx.cap(D['faces'][r.randrange(len(D['faces']))]) if not fl else r.getrandbits(64)
                fm = r.uniform(0.02, 0.2) if fl else r.uniform(0.15, 0.55)
            elif mode == 'dealer':
                sf, fm = ctx.cap(D['dface']), r.uniform(0.2, 0.5)
            else:
                sf, fm = ctx.cap(ctx.idface(vp)), r.uniform(0.62, 0.9)
            if ident == 'fab':
                st = 'ACTIVE'
                if pop != 'UNCHECKED' and r.random() < 0.45:
                    st = 'ONE_WAY_LOCKED' if r.random() < 0.7 else 'TWO_WAY_LOCKED'
            else:
                st = ctx.vneid(t, 0.45)
            if r.random() < D['sold']:
                prof = 'resold_light' if not stealth or r.random() < 0.4 else 'adult'
                fu = ctx.device('cheap' if r.random() < 0.5 else 'smart') if r.random() < 0.8 else ''
            else:
                prof, fu = 'zero', ''
            num = nums[i] if nums else ctx.msisdn(car)
            f_out(ctx, car, num, who, t, None if via_app else shop, shop.devices[0], sf, fm, pop, st, fu, prof,
                  lab, app_dev=shop.staff[0])
            made += 1
            if ctx.left() <= 0:
                return


def fp_dealer_extra(ctx, target, stealth=False):
    """Dealers adding extra SIMs to walk-in customers' documents."""
    r = ctx.rng
    nd = int(clamp(target // (6 if stealth else 25), 1, 400))
    dealers = []
    for s in ctx.corrupt_shops(nd, kinds=('AGENT', 'STREET', 'STORE', 'CHAIN')):
        dealers.append((s, r.uniform(0.08, 0.2) if stealth else r.uniform(0.2, 0.5), 1 if stealth else 3))
    made = 0
    while made < target and ctx.left() > 1:
        shop, pex, kmax = dealers[r.randrange(len(dealers))]
        p = ctx.person(rprov=shop.prov)
        car = ctx.pick_carrier(p)
        if car not in shop.codes:
            car = shop_brand(ctx, shop)
        t = ctx.rt('shop')
        dev = shop.reg_device(r)
        kind = shop.kind
        if ctx.captured(t, kind):
            s0, f0 = ctx.cap(p.face), ctx.fm_genuine(p, 0.02)
        else:
            s0 = f0 = None
        ctx.out(car, ctx.msisdn(car), p.who(), t, shop.channel(), shop.codes[car], dev, s0, f0,
                ctx.pop_legit(t), ctx.vneid(t, 0.03), ctx.phone(p), ctx.usage(ctx.prof_for(p)),
                ctx.sim(shop, car), (0, 0, 'legit_dealer_customer'))
        if r.random() >= pex:
            continue
        for j in range(min(r.randint(1, kmax), target - made, ctx.left())):
            car2 = car if r.random() < 0.7 else shop_brand(ctx, shop)
            if stealth and r.random() < 0.4:
                t2 = t + r.randint(1, 10) * DAY + r.randint(-3, 3) * 3600
                d2 = shop.reg_device(r)
            else:
                t2 = t + r.randint(60, 1500) * (j + 1)
                d2 = dev
            t2 = min(t2, ctx.end * DAY + 86399)
            x = r.random()
            if s0 is None:
                s2 = f2 = None
                if t2 // DAY >= C08_DAY:
                    s2, f2 = ctx.cap(p.face, r.randint(3, 6)), clamp(r.gauss(0.8, 0.06), 0.5, 0.97)
            elif x < 0.5:
                s2, f2 = s0, f0                      # the customer's capture reused verbatim
            elif x < 0.85:
                s2, f2 = ctx.cap(s0, r.randint(1, 2)), clamp(f0 + r.uniform(-0.02, 0.02), 0, 1)
            else:
                s2 = f2 = None
            if r.random() < 0.6:
                prof, fu = 'resold_light', ctx.device('cheap' if r.random() < 0.5 else 'smart')
            else:
                prof, fu = 'zero', ''
            ctx.out(car2, ctx.msisdn(car2), p.who(), t2, shop.channel(), shop.codes[car2], d2, s2, f2,
                    'MATCH', ctx.vneid(t2, 0.5), fu, ctx.usage(prof), ctx.sim(shop, car2), (1, 1, 'dealer_extra'))
            made += 1


def fp_idtheft(ctx, target, stealth=False):
    """Identity-theft rings: few operators (faces, phones) behind many victims' documents."""
    r = ctx.rng
    pat = 'idtheft_stealth' if stealth else 'idtheft_ring'
    nr = int(clamp(target // (30 if stealth else 70), 1, 200))
    rings = []
    for _ in range(nr):
        home = CITY_RING.pick(r)
        ops = [r.getrandbits(64) for _ in range(r.randint(1, 3))]
        if stealth:
            phones = [ctx.device('cheap' if r.random() < 0.6 else 'smart') for _ in range(r.randint(10, 40))]
            shops = ctx.corrupt_shops(r.randint(5, 20), kinds=('AGENT', 'STREET', 'CHAIN'))
            handsets = None
        else:
            phones = [ctx.device('smart') for _ in range(r.randint(1, 4))]
            shops = ctx.corrupt_shops(r.randint(1, 2), kinds=('AGENT', 'STREET'),
                                      provs=WChoice({home: 1}))
            handsets = [ctx.device('cheap') for _ in range(r.randint(2, 6))]
        rings.append((home, ops, phones, shops, handsets, r.uniform(0.4, 0.7)))
    made = 0
    while made < target and ctx.left() > 0:
        home, ops, phones, shops, handsets, app_share = rings[r.randrange(len(rings))]
        # one campaign (crude: a burst over a few days; stealth: a single trickle step)
        d0 = ctx.days.pick(r)
        nv = 1 if stealth else r.randint(3, 20)
        for _ in range(nv):
            vp = victim(ctx, 'online' if stealth else 'market', own_p=0.12)
            k = r.randint(1, 2) if stealth else WChoice([(1, 3), (2, 3), (3, 2), (4, 1), (5, 1), (6, 0.5)]).pick(r)
            napp = {}
            for _ in range(min(k, target - made, ctx.left())):
                car = ctx.pick_carrier(vp)
                d = ctx.days.pick(r) if stealth else ctx.day_in(d0, d0 + r.randint(0, 4))
                t = ctx.rt('evening' if not stealth else 'app', d)
                use_app = r.random() < app_share and (not stealth or napp.get(car, 0) < 3)
                via = None if use_app else shops[r.randrange(len(shops))]
                if via is not None:
                    car = shop_brand(ctx, via, car)
                napp[car] = napp.get(car, 0) + 1
                if stealth:
                    if r.random() < 0.85:
                        sf, fm = ctx.cap(ctx.idface(vp)), r.uniform(0.7, 0.93)
                    else:
                        sf, fm = ctx.cap(ops[r.randrange(len(ops))]), r.uniform(0.7, 0.85)  # deepfake overlay
                    fu = ctx.device('cheap') if r.random() < 0.7 else phones[r.randrange(len(phones))]
                    st = ctx.vneid(t, 0.4)
                    prof = 'scam_stealth' if r.random() < 0.75 else 'otp_stealth'
                else:
                    if r.random() < 0.8:
                        sf, fm = ctx.cap(ops[r.randrange(len(ops))]), r.uniform(0.25, 0.62)
                    else:
                        sf, fm = ctx.cap(ctx.idface(vp)), r.uniform(0.6, 0.85)
                    fu = handsets[r.randrange(len(handsets))]
                    st = 'TWO_WAY_LOCKED' if r.random() < 0.12 else ctx.vneid(t, 0.5)
                    prof = 'scam'
                pop = 'MATCH' if r.random() < 0.92 else 'MISMATCH'
                ph = phones[r.randrange(len(phones))]
                f_out(ctx, car, ctx.msisdn(car), vp.who(), t, via, via.devices[0] if via else ph, sf, fm, pop,
                      st, fu, prof, (1, 1, pat), app_dev=ph)
                made += 1
            if made >= target or ctx.left() <= 0:
                return


def fp_wallet_theft(ctx, target):
    """Pickpocket / lost-wallet rings using physical ID cards within days of the theft."""
    r = ctx.rng
    nr = int(clamp(target // 50, 1, 60))
    rings = []
    for _ in range(nr):
        prov = WChoice({'079': 5, '001': 4, '048': 1, '092': 1, '056': 1}).pick(r)
        rings.append((prov, [r.getrandbits(64) for _ in range(r.randint(1, 3))],
                      [ctx.device('smart') for _ in range(r.randint(1, 3))],
                      [ctx.device('cheap') for _ in range(r.randint(2, 8))]))
    made = 0
    while made < target and ctx.left() > 0:
        prov, faces, phones, handsets = rings[r.randrange(len(rings))]
        vp = ctx.person(rprov=prov, age=r.randint(18, 72))
        d0 = ctx.days.pick(r)
        if r.random() < 0.2 and ctx.left() > 2:
            car = ctx.pick_carrier(vp)
            legit_reg(ctx, vp, car, ctx.rt('shop', ctx.day_in(d0 + 1, d0 + 5)), 'SHOP',
                      ctx.shop_for(car, prov), 'legit_victim_own')
        used = []
        for _ in range(min(r.randint(2, 5), target - made, ctx.left())):
            car = WChoice([(c, CAR[c].share) for c in CAR_CODES if c not in used] or [('VIETTEL', 1)]).pick(r)
            used.append(car)
            t = ctx.rt('shop', ctx.day_in(d0, d0 + r.randint(0, 3)))
            if r.random() < 0.7:
                via = ctx.shop_for(car, prov)       # careless (not necessarily corrupt) points of sale
            else:
                via = None
            sf = ctx.cap(faces[r.randrange(len(faces))])
            fm = r.uniform(0.2, 0.55) if r.random() < 0.6 else r.uniform(0.55, 0.78)
            ph = phones[r.randrange(len(phones))]
            f_out(ctx, car, ctx.msisdn(car), vp.who(), t, via, via.reg_device(r) if via else ph, sf, fm, 'MATCH',
                  'TWO_WAY_LOCKED' if r.random() < 0.1 else ctx.vneid(t, 0.3),
                  handsets[r.randrange(len(handsets))], 'scam' if r.random() < 0.6 else 'takeover',
                  (1, 1, 'wallet_theft'), app_dev=ph)
            made += 1


def fp_simswap(ctx, target):
    """SIM-swap takeovers: a thief obtains a replacement SIM for a victim's existing number."""
    r = ctx.rng
    thieves = [(r.getrandbits(64), [ctx.device('smart') for _ in range(r.randint(1, 3))])
               for _ in range(max(1, target // 15))]
    made = 0
    while made < target and ctx.left() > 1:
        face, phones = thieves[r.randrange(len(thieves))]
        vp = ctx.person(rprov=CITY_RING.pick(r) if r.random() < 0.6 else None, age=r.randint(25, 68))
        car = ctx.pick_carrier(vp)
        t0 = ctx.old_t(2014, 2025)
        num, _ = old_reg(ctx, vp, car, t0, who=legacy_who(ctx, vp, t0) if r.random() < 0.3 else None,
                         status='TERMINATED')
        t = ctx.rt('shop')
        prov = vp.rprov if r.random() < 0.5 else ctx.prov_choice.pick(r)
        lst = [s for s in ctx.stores_by_prov.get(prov, ()) if car in s.codes]
        via = r.choice(lst) if (lst and r.random() < 0.7) else ctx.shop_for(car, prov)
        sf = ctx.cap(face)
        fm = r.uniform(0.3, 0.65) if r.random() < 0.7 else r.uniform(0.7, 0.86)
        ph = phones[r.randrange(len(phones))]
        f_out(ctx, car, num, vp.who(), t, via, via.reg_device(r) if via else ph, sf, fm, 'MATCH', 'ACTIVE',
              ph, 'takeover', (0, 1, 'simswap_takeover'), app_dev=ph)
        made += 1


def fp_simfarm(ctx, target, stealth=False):
    """SIM farms / SIM boxes on bought identities (KYC kits)."""
    r = ctx.rng
    pat = 'simfarm_stealth' if stealth else 'simfarm'
    nf = int(clamp(target // (250 if stealth else 200), 1, 80))
    farms = []
    for _ in range(nf):
        prov = BORDER_CH.pick(r)
        if stealth:
            shops = ctx.corrupt_shops(r.randint(15, 40), kinds=('AGENT', 'STREET', 'CHAIN'))
            phones = [ctx.device('cheap') for _ in range(r.randint(15, 50))]
            ports = None
        else:
            shops = ctx.corrupt_shops(r.randint(1, 3), kinds=('AGENT', 'STREET'), provs=WChoice({prov: 1}))
            phones = [ctx.device('smart') for _ in range(r.randint(1, 3))]
            # SIM boxes: each port cycles through many SIMs (8-25 SIMs per port over the window)
            ports = []
            model = r.choice(('goip', 'dinstar', 'ejoin'))
            need = max(8, int(target / nf / r.uniform(8, 25)))
            while len(ports) < need:
                ports.extend(ctx.dev_run(model, r.choice((8, 16, 32))))
        farms.append({'prov': prov, 'shops': shops, 'phones': phones, 'ports': ports,
                      'op': r.getrandbits(64), 'kit': r.random() < (0.9 if stealth else 0.5),
                      'sms': r.random() < 0.4, 'spoof': []})
    made = 0
    while made < target and ctx.left() > 0:
        F = farms[r.randrange(len(farms))]
        if stealth:
            nid, d0 = 1, None
        else:
            nid, d0 = r.randint(5, 40), ctx.days.pick(r)
        for _ in range(nid):
            vp = victim(ctx, 'rural', own_p=0.25)
            k = r.randint(1, 2) if stealth else WChoice([(1, 3), (2, 3), (3, 2), (5, 1), (8, 1), (10, 0.5)]).pick(r)
            napp = {}
            for _ in range(min(k, target - made, ctx.left())):
                car = ctx.pick_carrier(vp) if r.random() < 0.6 else 'VIETTEL'
                if stealth:
                    t = ctx.rt('shop')
                else:
                    t = ctx.rt('night' if r.random() < 0.4 else 'shop', ctx.day_in(d0, d0 + r.randint(0, 6)))
                via = None if (r.random() < 0.35 and napp.get(car, 0) < 3) else F['shops'][r.randrange(len(F['shops']))]
                if via is not None:
                    car = shop_brand(ctx, via, car)
                napp[car] = napp.get(car, 0) + 1
                if F['kit']:
                    sf, fm = ctx.cap(vp.face, r.randint(2, 6)), r.uniform(0.7, 0.92)
                elif t // DAY < C08_DAY and via is not None and r.random() < 0.5:
                    sf = fm = None
                else:
                    sf, fm = ctx.cap(F['op']), r.uniform(0.25, 0.55)
                if stealth:
                    sp = F['spoof']
                    if not sp or r.random() < 0.6:
                        sp.append(ctx.device('smart' if r.random() < 0.7 else 'cheap'))
                        if len(sp) > 30:
                            sp.pop(0)
                    fu = sp[-1] if r.random() < 0.7 else sp[r.randrange(len(sp))]
                    prof = 'farm_stealth'
                    st = ctx.vneid(t, 0.3) if r.random() > 0.05 else 'TWO_WAY_LOCKED'
                else:
                    fu = F['ports'][r.randrange(len(F['ports']))]
                    prof = 'farm_sms' if F['sms'] else 'farm_voice'
                    x = r.random()
                    st = 'TWO_WAY_LOCKED' if x < 0.2 else 'TERMINATED' if x < 0.25 else ctx.vneid(t, 0.4)
                ph = F['phones'][r.randrange(len(F['phones']))]
                f_out(ctx, car, ctx.msisdn(car), vp.who(), t, via, via.devices[0] if via else ph, sf, fm,
                      'MATCH' if r.random() < 0.95 else 'MISMATCH', st, fu, prof, (1, 1, pat), app_dev=ph)
                made += 1
            if made >= target or ctx.left() <= 0:
                return


def fp_rented(ctx, target, stealth=False):
    """Recruiters paying real people to register SIMs in person, then taking the SIMs."""
    r = ctx.rng
    nrc = int(clamp(target // (40 if stealth else 60), 1, 150))
    recs = []
    for _ in range(nrc):
        prov = WChoice({p: MIGRANT_DEST.get(p, 0) + (3 if p in CITIES else 0) for p in PROVS}).pick(r)
        if stealth:
            shops = [s for s in (ctx.shop_for(c, prov) for c in BIG3 for _ in range(4)) if s is not None]
            pool = [ctx.device('cheap') for _ in range(r.randint(10, 40))]
        else:
            shops = ctx.corrupt_shops(r.randint(1, 3), kinds=('AGENT', 'CHAIN', 'STREET'), provs=WChoice({prov: 1}))
            pool = []
            need = max(8, int(target / nrc / r.uniform(4, 12)))
            while len(pool) < need:
                pool.extend(ctx.dev_run(r.choice(('modempool_w', 'modempool_q')), r.choice((8, 16, 32))))
        recs.append((prov, shops or [ctx.shops_by_prov[prov][0]], pool, r.random() < 0.6))
    made = 0
    while made < target and ctx.left() > 0:
        prov, shops, pool, otp = recs[r.randrange(len(recs))]
        d0 = ctx.days.pick(r)
        for _ in range(1 if stealth else r.randint(2, 12)):
            p = ctx.person(rprov=prov, age=r.randint(18, 24) if r.random() < 0.6 else r.randint(25, 60),
                           bprov=ctx.sender.pick(r) if r.random() < 0.6 else None)
            if r.random() < 0.4 and ctx.left() > 2:
                car = ctx.pick_carrier(p)
                legit_reg(ctx, p, car, ctx.rt('app'), chan_for(ctx, p), ctx.shop_for(car, prov), 'legit_victim_own')
            k = r.randint(1, 2) if stealth else r.randint(3, 8)
            t = ctx.rt('shop', d0 if not stealth else None)
            for j in range(min(k, target - made, ctx.left())):
                via = shops[r.randrange(len(shops))]
                car = shop_brand(ctx, via)
                if stealth and j:
                    t = ctx.rt('shop')
                else:
                    t += r.randint(120, 900)
                if ctx.captured(t, via.kind):
                    sf, fm = ctx.cap(p.face), ctx.fm_genuine(p)
                else:
                    sf = fm = None
                fu = pool[r.randrange(len(pool))]
                prof = ('otp' if otp else 'scam') if not stealth else ('warmed' if r.random() < 0.5 else 'otp_stealth')
                f_out(ctx, car, ctx.msisdn(car), p.who(), t, via, via.reg_device(r), sf, fm, 'MATCH',
                      ctx.vneid(t, 0.25), fu, prof, (1, 1, 'rented_identity'))
                made += 1
            if made >= target or ctx.left() <= 0:
                return


def fp_otp(ctx, target, fab=False, stealth=False):
    """OTP-sink SIMs in modem pools, sold per OTP for account farming."""
    r = ctx.rng
    pat = 'otp_sink_fab' if fab else 'otp_sink'
    lab = (1, 0, pat) if fab else (1, 1, pat)
    nop = int(clamp(target // (120 if stealth else 200), 1, 80))
    ops = []
    for _ in range(nop):
        pool = []
        need = max(8, int(target / nop / r.uniform(5, 15)))
        while len(pool) < need:
            pool.extend(ctx.dev_run(r.choice(('modempool_w', 'modempool_q')), r.choice((8, 16, 32))))
        if stealth:
            shops = ctx.corrupt_shops(r.randint(8, 25), kinds=('AGENT', 'STREET', 'CHAIN'))
            phones = [ctx.device('cheap') for _ in range(r.randint(10, 30))]
        else:
            shops = ctx.corrupt_shops(r.randint(1, 3), kinds=('AGENT', 'STREET'))
            phones = [ctx.device('smart') for _ in range(r.randint(2, 6))]
        ops.append((pool, shops, phones, [r.getrandbits(64) for _ in range(r.randint(1, 4))], r.getrandbits(64)))
    made = 0
    while made < target and ctx.left() > 0:
        pool, shops, phones, stock, opface = ops[r.randrange(len(ops))]
        d0 = ctx.days.pick(r)
        n = min(1 if stealth else r.randint(5, 60), target - made, ctx.left())
        t = ctx.rt('evening' if r.random() < 0.5 else 'night', d0)
        for _ in range(n):
            t += r.randint(40, 600) if not stealth else 0
            if stealth:
                t = ctx.rt('app')
            if fab:
                who = fab_identity(ctx, '', 0.2)
                pop = fab_pop(r)
                st = ('ONE_WAY_LOCKED' if r.random() < 0.7 else 'TWO_WAY_LOCKED') if (pop != 'UNCHECKED' and r.random() < 0.4) else 'ACTIVE'
                vp = None
            else:
                vp = victim(ctx, 'market', own_p=0.1)
                who = vp.who()
                pop = 'MATCH'
                st = ctx.vneid(t, 0.5)
            via = None if r.random() < 0.6 else shops[r.randrange(len(shops))]
            car = shop_brand(ctx, via) if via else ctx.car_young.pick(r)
            if vp is not None and (stealth or r.random() < 0.3):
                sf, fm = ctx.cap(ctx.idface(vp)), r.uniform(0.65, 0.88)
            elif via is not None and t // DAY < C08_DAY and r.random() < 0.5:
                sf = fm = None
            elif fab:
                sf, fm = ctx.cap(stock[r.randrange(len(stock))]), r.uniform(0.1, 0.5)
            else:
                sf, fm = ctx.cap(opface), r.uniform(0.25, 0.6)
            ph = phones[r.randrange(len(phones))]
            fu = pool[r.randrange(len(pool))] if (not stealth or r.random() < 0.5) else ctx.device('cheap')
            f_out(ctx, car, ctx.msisdn(car), who, t, via, via.devices[0] if via else ph, sf, fm, pop, st, fu,
                  'otp_stealth' if stealth else 'otp', lab, app_dev=ph)
            made += 1


def fp_warmed(ctx, target):
    """Stealthy resellers: leaked documents, ID-photo presentation, slow trickle over many
    points of sale and burner phones, SIMs warmed with group calls before resale."""
    r = ctx.rng
    ng = int(clamp(target // 40, 1, 150))
    groups = []
    for _ in range(ng):
        racks = [ctx.device('cheap') for _ in range(r.randint(8, 40))]
        groups.append((ctx.corrupt_shops(r.randint(6, 25), kinds=('AGENT', 'STREET', 'CHAIN')),
                       [ctx.device('cheap' if r.random() < 0.5 else 'smart') for _ in range(r.randint(15, 50))],
                       racks, r.getrandbits(64)))
    made = 0
    phone_use = {}
    while made < target and ctx.left() > 0:
        shops, burners, racks, mule = groups[r.randrange(len(groups))]
        vp = victim(ctx, 'online' if r.random() < 0.7 else 'market', own_p=0.15)
        car = ctx.pick_carrier(vp)
        t = ctx.rt('app')
        if r.random() < 0.75:
            via = None
            ph = burners[r.randrange(len(burners))]
            if phone_use.get(ph, 0) >= 2:
                ph = ctx.device('cheap')
                burners.append(ph)
            phone_use[ph] = phone_use.get(ph, 0) + 1
            sf, fm = ctx.cap(ctx.idface(vp)), r.uniform(0.72, 0.94)
        else:
            via = shops[r.randrange(len(shops))]
            car = shop_brand(ctx, via, car)
            ph = via.reg_device(r)
            if t // DAY < C08_DAY and r.random() < 0.4:
                sf = fm = None
            else:
                sf, fm = ctx.cap(mule), r.uniform(0.55, 0.8)
            t = ctx.rt('shop')
        fu = racks[r.randrange(len(racks))]
        f_out(ctx, car, ctx.msisdn(car), vp.who(), t, via, ph, sf, fm, 'MATCH', ctx.vneid(t, 0.4), fu,
              'warmed', (1, 1, 'warmed_resale'), app_dev=ph)
        made += 1


def fp_agent_own(ctx, target):
    """Dealers activating SIMs for resale on their own and their staff's documents."""
    r = ctx.rng
    nd = int(clamp(target // 60, 1, 100))
    dealers = []
    for s in ctx.corrupt_shops(nd, kinds=('AGENT', 'STREET'), provs=PREACT_PROVS):
        people = [ctx.person(rprov=s.prov, age=r.randint(22, 55)) for _ in range(r.randint(1, 3))]
        dealers.append((s, people))
    made = 0
    while made < target and ctx.left() > 0:
        shop, people = dealers[r.randrange(len(dealers))]
        p = people[0] if r.random() < 0.6 else people[r.randrange(len(people))]
        car = shop_brand(ctx, shop)
        n = min(r.randint(10, 80), target - made, ctx.left())
        nums = ctx.msisdn_run(car, n)
        t = ctx.rt('night' if r.random() < 0.4 else 'shop')
        dev = shop.devices[0]
        for i in range(n):
            t += r.randint(30, 200)
            if ctx.captured(t, shop.kind):
                sf, fm = ctx.cap(p.face), ctx.fm_genuine(p)
            else:
                sf = fm = None
            sold = r.random() < 0.5
            st = 'ONE_WAY_LOCKED' if r.random() < 0.2 else ctx.vneid(t, 0.1)
            f_out(ctx, car, nums[i], p.who(), t, shop, dev, sf, fm, 'MATCH', st,
                  ctx.device('cheap') if sold else '', 'resold_light' if sold else 'zero', (1, 1, 'agent_own_id'))
            made += 1


def fp_passport_recycle(ctx, target):
    """Dealers in tourist areas reusing copies of tourists' passports after they left."""
    r = ctx.rng
    nd = int(clamp(target // 30, 1, 80))
    dealers = ctx.corrupt_shops(nd, kinds=('AGENT', 'STREET', 'CHAIN'), provs=TOURIST_CH)
    faces = [r.getrandbits(64) for _ in range(5)]
    made = 0
    while made < target and ctx.left() > 1:
        shop = dealers[r.randrange(len(dealers))]
        car = shop_brand(ctx, shop)
        p = ctx.foreigner(TOURIST_NAT.pick(r), shop.prov)
        t = ctx.rt('shop', ctx.day_in(ctx.start, ctx.end - 3))
        legit_reg(ctx, p, car, t, 'SHOP', shop, 'legit_tourist', prof='tourist', status='ACTIVE')
        if r.random() < 0.5:
            continue
        for _ in range(min(r.randint(1, 4), target - made, ctx.left())):
            t2 = min(t + r.randint(2, 30) * DAY + r.randint(-4, 4) * 3600, ctx.end * DAY + 80000)
            car2 = shop_brand(ctx, shop)
            if t2 // DAY < C08_DAY and r.random() < 0.6:
                sf = fm = None
            else:
                sf, fm = ctx.cap(faces[r.randrange(len(faces))]), r.uniform(0.1, 0.45)
            prof = r.choice(('zero', 'resold_light', 'otp'))
            f_out(ctx, car2, ctx.msisdn(car2), p.who(), t2, shop, shop.devices[0], sf, fm, 'UNCHECKED', 'ACTIVE',
                  '' if prof == 'zero' else ctx.device('cheap'), prof, (1, 1, 'passport_recycle'))
            made += 1


def fp_shell_org(ctx, target):
    """Shell companies registering bulk numbers that end up in farms / OTP pools."""
    r = ctx.rng
    made = 0
    while made < target and ctx.left() > 0:
        prov = BORDER_CH.pick(r)
        tax, oname = ctx.org(prov, r.choice(('trade', 'tech', 'logistics')))
        who = ('ORG', tax, oname, '', '', 'VN', prov)
        shop = ctx.corrupt_shops(1, kinds=('STORE', 'AGENT', 'CHAIN'), provs=WChoice({prov: 1}))[0]
        car = shop_brand(ctx, shop)
        rep = r.getrandbits(64)
        k = min(r.randint(20, 100), target - made, ctx.left())
        farm = r.random() < 0.6
        fus = ctx.dev_run(r.choice(('goip', 'dinstar', 'modempool_q')), r.choice((8, 16, 32)))
        t = ctx.rt('office')
        withself = r.random() < 0.5
        fm = r.uniform(0.75, 0.95)
        nums = ctx.msisdn_run(car, k) if r.random() < 0.5 else None
        for i in range(k):
            t += r.randint(20, 150)
            st = 'TWO_WAY_LOCKED' if r.random() < 0.2 else 'ACTIVE'
            f_out(ctx, car, nums[i] if nums else ctx.msisdn(car), who, t, shop, shop.reg_device(r),
                  ctx.cap(rep) if withself else None, fm if withself else None,
                  'UNCHECKED' if r.random() < 0.7 else 'MATCH', st, fus[r.randrange(len(fus))],
                  r.choice(('farm_voice', 'farm_sms')) if farm else 'otp', (1, 0, 'shell_org'), sub='ORGANIZATION')
            made += 1


def fp_legacy_junk(ctx, target, standardised=False):
    """Old pre-activated junk still in the base; some 'standardised' in the window by a dealer
    overwriting the fabricated owner with a bought real identity."""
    r = ctx.rng
    pat = 'legacy_standardised' if standardised else 'legacy_junk'
    dealers = ctx.corrupt_shops(int(clamp(target // 60, 1, 200)), kinds=('AGENT', 'STREET'), provs=PREACT_PROVS)
    made = 0
    while made < target and ctx.left() > (1 if standardised else 0):
        shop = dealers[r.randrange(len(dealers))]
        car = shop_brand(ctx, shop)
        n = min(r.randint(5, 60), target - made, ctx.left() // (2 if standardised else 1))
        if n <= 0:
            return
        t = ctx.old_t(2016, 2023, 'night' if r.random() < 0.5 else 'shop')
        nums = ctx.msisdn_run(car, n)
        tmpl = fab_template(ctx) if r.random() < 0.2 else None
        for i in range(n):
            t += r.randint(30, 300)
            who = fab_identity(ctx, shop.prov, 0.3, tmpl)
            sim = ctx.sim(shop, car)
            if standardised:
                f_out(ctx, car, nums[i], who, t, shop, shop.devices[0], None, None, 'UNCHECKED', 'ACTIVE',
                      '', None, None, sim=sim)
                vp = victim(ctx, 'rural', own_p=0.1)
                t2 = ctx.rt('shop')
                if t2 // DAY < C08_DAY and r.random() < 0.5:
                    sf = fm = None
                else:
                    sf, fm = ctx.cap(ctx.idface(vp)), r.uniform(0.6, 0.88)
                f_out(ctx, car, nums[i], vp.who(), t2, shop, shop.reg_device(r), sf, fm, 'MATCH',
                      ctx.vneid(t2, 0.5), ctx.device('cheap') if r.random() < 0.6 else '', 'resold_light',
                      (1, 1, pat), sim=sim)
            else:
                pop = 'UNCHECKED' if r.random() < 0.4 else 'NOT_FOUND' if r.random() < 0.6 else 'MISMATCH'
                x = r.random()
                st = 'ACTIVE' if x < 0.35 else 'ONE_WAY_LOCKED' if x < 0.65 else 'TWO_WAY_LOCKED' if x < 0.85 else 'TERMINATED'
                f_out(ctx, car, nums[i], who, t, shop, shop.devices[0], None, None, pop, st,
                      ctx.device('cheap') if r.random() < 0.5 else '', None, (1, 0, pat), sim=sim)
            made += 1


# ==========================================================================
# Scenarios
# ==========================================================================
PROCS = {
    'preact_fabricated': (fp_preact, {'ident': 'fab'}),
    'preact_leaked': (fp_preact, {'ident': 'leak'}),
    'preact_stealth': (fp_preact, {'ident': 'leak', 'stealth': True}),
    'dealer_extra': (fp_dealer_extra, {}),
    'dealer_extra_stealth': (fp_dealer_extra, {'stealth': True}),
    'idtheft_ring': (fp_idtheft, {}),
    'idtheft_stealth': (fp_idtheft, {'stealth': True}),
    'wallet_theft': (fp_wallet_theft, {}),
    'simswap_takeover': (fp_simswap, {}),
    'simfarm': (fp_simfarm, {}),
    'simfarm_stealth': (fp_simfarm, {'stealth': True}),
    'rented_identity': (fp_rented, {}),
    'rented_stealth': (fp_rented, {'stealth': True}),
    'otp_sink': (fp_otp, {}),
    'otp_sink_fab': (fp_otp, {'fab': True}),
    'otp_stealth': (fp_otp, {'stealth': True}),
    'warmed_resale': (fp_warmed, {}),
    'agent_own_id': (fp_agent_own, {}),
    'passport_recycle': (fp_passport_recycle, {}),
    'shell_org': (fp_shell_org, {}),
    'legacy_junk': (fp_legacy_junk, {}),
    'legacy_standardised': (fp_legacy_junk, {'standardised': True}),
}

LEGIT_DEFAULT = {
    'walkin': 38, 'app': 22, 'online': 5, 'multi_carrier': 3.5, 'family': 3, 'guardian': 1.5,
    'elderly_assisted': 2, 'data_sim': 2.5, 'trader': 0.4, 'student_batch': 0.15, 'worker_batch': 0.15,
    'village_drive': 0.05, 'tourist': 2, 'foreign_resident': 0.5, 'overseas_viet': 0.4, 'replacement': 1.5,
    'reverify': 1.5, 'transfer': 0.4, 'port_in': 1.5, 'legacy': 2, 'org_fleet': 0.04, 'org_m2m': 0.02,
    'org_callcenter': 0.01,
}


def _legit(**mult):
    d = dict(LEGIT_DEFAULT)
    for k, v in mult.items():
        d[k] *= v
    return d


_WIN = dict(start=(2026, 2, 1), end=(2026, 5, 31), export=(2026, 6, 25))

SCENARIOS = {
    'national_default': dict(
        desc='Realistic national mix Feb-May 2026 (export 25 Jun 2026, after the VNeID lock date); ~3.5% fraud',
        legit=_legit(), **_WIN,
        fraud=[('preact_fabricated', 0.005), ('preact_leaked', 0.004), ('dealer_extra', 0.006),
               ('idtheft_ring', 0.004), ('simfarm', 0.004), ('rented_identity', 0.003), ('otp_sink', 0.002),
               ('otp_sink_fab', 0.0015), ('agent_own_id', 0.002), ('warmed_resale', 0.001),
               ('simswap_takeover', 0.0005), ('shell_org', 0.001), ('wallet_theft', 0.0005),
               ('passport_recycle', 0.0003)]),
    'stealth_spread': dict(
        desc='Stealth: rings spread over many dealers/burner phones, ID-photo presentation (good face match), '
             'slow trickles, warmed SIMs, one-extra-SIM dealers; ~4.3% fraud',
        legit=_legit(), **_WIN,
        fraud=[('idtheft_stealth', 0.012), ('warmed_resale', 0.012), ('dealer_extra_stealth', 0.008),
               ('rented_stealth', 0.006), ('preact_stealth', 0.004), ('simswap_takeover', 0.001)]),
    'stealth_farm': dict(
        desc='Stealth farms: KYC kits with the sellers\' real selfies, spoofed rotating IMEIs, human-like usage, '
             'many dealers; many legit call centres / M2M fleets / shop-tested SIMs as confounders; ~3.6% fraud',
        legit=_legit(org_callcenter=5, org_m2m=2.5, trader=2, data_sim=1.5), **_WIN,
        fraud=[('simfarm_stealth', 0.02), ('otp_stealth', 0.008), ('rented_stealth', 0.005), ('shell_org', 0.002),
               ('dealer_extra_stealth', 0.001)]),
    'confounder_heavy': dict(
        desc='Low fraud (~1%) amid heavy messy-legit behaviour: shared family phones, assisted elderly, guardians, '
             'traders with 4-9 SIMs, student/worker/village batches, orgs, transfers, typos',
        legit=_legit(family=4, elderly_assisted=4, guardian=4, multi_carrier=3, trader=3, student_batch=4,
                     worker_batch=4, village_drive=4, org_fleet=3, org_m2m=3, org_callcenter=3, replacement=2,
                     reverify=2, transfer=3, port_in=2, data_sim=2, tourist=2), **_WIN,
        opts={'typo': 0.06},
        fraud=[('preact_fabricated', 0.002), ('dealer_extra', 0.002), ('idtheft_ring', 0.002), ('simfarm', 0.002),
               ('otp_sink', 0.001), ('simswap_takeover', 0.0005), ('rented_identity', 0.001)]),
    'farm_raid': dict(
        desc='Large crude SIM-box / OTP-pool operations near borders and big cities (Mar-May 2026, export before '
             'the VNeID lock); ~13.5% fraud',
        legit=_legit(), start=(2026, 3, 1), end=(2026, 5, 31), export=(2026, 6, 12),
        opts={'prov_boost': {'072': 1.5, '089': 1.5, '079': 1.3, '020': 1.3}},
        fraud=[('simfarm', 0.08), ('otp_sink', 0.02), ('otp_sink_fab', 0.015), ('shell_org', 0.01),
               ('rented_identity', 0.01)]),
    'preactivation_wave': dict(
        desc='Dealer pre-activation rush before the Circular 08 face-authentication date (1-14 Apr 2026); ~11% fraud',
        legit=_legit(), start=(2026, 3, 1), end=(2026, 5, 15), export=(2026, 6, 10),
        surges=[((2026, 4, 1), (2026, 4, 14), 1.15)], opts={'wave': ((2026, 4, 1), (2026, 4, 14), 8.0)},
        fraud=[('preact_fabricated', 0.05), ('preact_leaked', 0.035), ('agent_own_id', 0.015),
               ('dealer_extra', 0.012)]),
    'theft_ring': dict(
        desc='Stolen wallets/ID cards and leaked-ID rings in big cities plus SIM-swap takeovers; ~4.7% fraud',
        legit=_legit(replacement=2), **_WIN, opts={'prov_boost': {'079': 1.3, '001': 1.3}},
        fraud=[('wallet_theft', 0.02), ('idtheft_ring', 0.015), ('simswap_takeover', 0.008), ('otp_sink', 0.004)]),
    'urban_rural': dict(
        desc='Urban/rural contrast: rural drives, minority names, feature phones vs migrant workers in industrial '
             'zones; identities bought in rural provinces feed urban farms; ~4.2% fraud',
        legit=_legit(village_drive=10, worker_batch=5, elderly_assisted=2, student_batch=2), **_WIN,
        opts={'prov_boost': {p: 1.8 for p in PROVS if PROV_REGION[p] in ('NM', 'CH')}},
        fraud=[('simfarm', 0.012), ('rented_identity', 0.01), ('preact_leaked', 0.008), ('agent_own_id', 0.006),
               ('dealer_extra', 0.006)]),
    'holiday_tourists': dict(
        desc='Dec 2025-Feb 2026 holiday season and Tet: many tourists / overseas Vietnamese on passports, '
             'dealers recycling tourists\' passports; ~3.3% fraud',
        legit=_legit(tourist=8, overseas_viet=6, foreign_resident=1.5), start=(2025, 12, 1), end=(2026, 2, 28),
        export=(2026, 3, 31), surges=[((2025, 12, 20), (2026, 1, 3), 1.3)],
        fraud=[('passport_recycle', 0.012), ('preact_fabricated', 0.008), ('dealer_extra', 0.006),
               ('otp_sink_fab', 0.004), ('idtheft_ring', 0.003)]),
    'reverify_2026': dict(
        desc='Circular 08 re-verification wave Apr-Jul 2026 (export 20 Aug, after the two-way lock): many '
             'history rows, CMND holders, legacy junk being locked or "standardised"; ~5% fraud',
        legit=_legit(reverify=10, legacy=8, replacement=2, transfer=2), start=(2026, 4, 1), end=(2026, 7, 31),
        export=(2026, 8, 20),
        fraud=[('legacy_junk', 0.03), ('legacy_standardised', 0.012), ('preact_leaked', 0.004),
               ('idtheft_ring', 0.004)]),
}


def generate(rows, seed, scen_name, outdir, verbose=True):
    scen = SCENARIOS[scen_name]
    os.makedirs(outdir, exist_ok=True)
    tmp = os.path.join(outdir, '.indep26_tmp')
    if os.path.isdir(tmp):
        shutil.rmtree(tmp)
    os.makedirs(tmp)
    try:
        ctx = Ctx(rows, seed, scen_name, scen, tmp)
        for key, share in scen['fraud']:
            target = int(round(share * rows))
            if target <= 0 or ctx.left() <= 0:
                continue
            fn, kw = PROCS[key]
            fn(ctx, target, **kw)
        ev = WChoice(scen['legit'])
        r = ctx.rng
        while ctx.left() > 0:
            LEGIT_EVENTS[ev.pick(r)](ctx)
        nb, nl = ctx.w.finish(os.path.join(outdir, 'batch.csv'), os.path.join(outdir, 'labels.csv'))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    if verbose:
        sys.stderr.write('indep26_gen: scenario=%s rows=%d labels=%d fraud_keys=%d (%.2f%%)\n'
                         % (scen_name, nb, nl, ctx.fraud_keys, 100.0 * ctx.fraud_keys / max(1, nl)))
    return ctx.stats


def main(argv=None):
    ap = argparse.ArgumentParser(description='Independent synthetic SIM-registration population (indep26).')
    ap.add_argument('--rows', type=int)
    ap.add_argument('--seed', type=int, default=1)
    ap.add_argument('--scenario', default='national_default')
    ap.add_argument('--out')
    ap.add_argument('--list-scenarios', action='store_true')
    ap.add_argument('--quiet', action='store_true')
    a = ap.parse_args(argv)
    if a.list_scenarios:
        for k in SCENARIOS:
            print(k)
        return 0
    if a.rows is None or a.out is None:
        ap.error('--rows and --out are required')
    if a.rows < 1:
        ap.error('--rows must be positive')
    if a.scenario not in SCENARIOS:
        ap.error('unknown scenario %r (see --list-scenarios)' % a.scenario)
    generate(a.rows, a.seed, a.scenario, a.out, verbose=not a.quiet)
    return 0


if __name__ == '__main__':
    sys.exit(main())
