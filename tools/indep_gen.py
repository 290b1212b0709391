#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Independent synthetic population generator for SIM-registration audits (Vietnam).

Written independently of the detection engine and of the project's own generator,
from the public batch contract (batch-format.md) and the domain fact sheet only.

    python3 tools/indep_gen.py --rows N --seed S --scenario NAME --out DIR

Writes DIR/batch.csv (registration batch, columns matched by name), DIR/labels.csv
(carrier,msisdn,junk,non_owner,pattern: one row per subscription, current state) and
DIR/indep_manifest.json (scenario parameters and pattern counts).

Standard library only.  Deterministic for a seed: one random.Random instance, no
hash-order or set-iteration dependence.  Rows are bucketed per day in temporary files
and written in registration-time order; SIM cards (ICCID/IMSI, and for pre-paired kits
the MSISDN too) are taken from each shop's / kit's stock in that time order, so
consecutive ICCIDs go to consecutive sales as they do in a real shop.
"""
import argparse
import bisect
import json
import math
import os
import random
import shutil
import sys
import time as _time
import unicodedata
from datetime import date, datetime, timedelta

# =====================================================================================
# PARAMETER TABLE: one column per scenario.  Fractions are of subscriptions (N) unless
# said otherwise.  Sizes given as (median, min, max) are drawn log-normally and clipped.
# =====================================================================================
SCENARIO_NAMES = ('base', 'quiet', 'heavy', 'sparse')

CARRIER_SHARE_A = {'VIETTEL': 54.0, 'VINAPHONE': 22.0, 'MOBIFONE': 19.6, 'VIETNAMOBILE': 2.3,
                   'GMOBILE': 0.6, 'ITEL': 0.7, 'REDDI': 0.25, 'ASIM': 0.2, 'DIGILIFE': 0.15,
                   'LOCAL': 0.15, 'WINTEL': 0.05}
CARRIER_SHARE_B = {'VIETTEL': 51.0, 'VINAPHONE': 22.0, 'MOBIFONE': 20.0, 'VIETNAMOBILE': 3.5,
                   'GMOBILE': 1.0, 'ITEL': 1.4, 'REDDI': 0.35, 'ASIM': 0.3, 'DIGILIFE': 0.2,
                   'LOCAL': 0.2, 'WINTEL': 0.05}
ALL_BUT_BIG2 = ['MOBIFONE', 'VIETNAMOBILE', 'GMOBILE', 'ITEL', 'REDDI', 'ASIM', 'DIGILIFE',
                'LOCAL', 'WINTEL']

#  name                      base              quiet             heavy             sparse
PARAM_TABLE = [
    # ---- period, market, channels, points of sale
    ('period_start',           '2024-09-02',     '2024-05-06',     '2025-02-10',     '2024-10-07'),
    ('period_days',            119,              112,              110,              84),
    ('carrier_share',          CARRIER_SHARE_A,  CARRIER_SHARE_A,  CARRIER_SHARE_B,  CARRIER_SHARE_A),
    ('msisdn_ported_p',        0.03,             0.03,             0.04,             0.03),
    ('msisdn_alt_style_p',     0.04,             0.04,             0.06,             0.04),
    ('channel_mix',            {'STORE': .22, 'AGENT': .48, 'EKYC_APP': .25, 'ONLINE': .05},
                               {'STORE': .24, 'AGENT': .50, 'EKYC_APP': .22, 'ONLINE': .04},
                               {'STORE': .20, 'AGENT': .44, 'EKYC_APP': .29, 'ONLINE': .07},
                               {'STORE': .22, 'AGENT': .48, 'EKYC_APP': .25, 'ONLINE': .05}),
    ('pos_subs_per_pos',       110,              120,              90,               110),
    ('pos_pareto_alpha',       1.3,              1.4,              1.15,             1.3),
    ('pos_store_frac',         0.15,             0.15,             0.15,             0.15),
    ('pos_busy_frac',          0.01,             0.01,             0.02,             0.01),
    ('pos_local_p',            0.85,             0.85,             0.80,             0.85),
    ('retail_boxes_per_carrier', 40,             40,               40,               40),
    # ---- ordinary subscribers
    ('sims_per_person',        [(1, .60), (2, .25), (3, .09), (4, .03), (5, .015), (6, .008), (8, .005), (10, .002)],
                               [(1, .62), (2, .25), (3, .08), (4, .025), (5, .012), (6, .007), (8, .004), (10, .002)],
                               [(1, .55), (2, .26), (3, .10), (4, .045), (5, .022), (6, .012), (8, .008), (10, .003)],
                               [(1, .60), (2, .25), (3, .09), (4, .03), (5, .015), (6, .008), (8, .005), (10, .002)]),
    ('same_carrier_extra_p',   0.45,             0.45,             0.5,              0.45),
    ('same_visit_p',           0.25,             0.25,             0.30,             0.25),
    ('extra_sim_role',         {'secondary': .45, 'data_only': .28, 'backup': .27},
                               {'secondary': .45, 'data_only': .28, 'backup': .27},
                               {'secondary': .40, 'data_only': .30, 'backup': .30},
                               {'secondary': .45, 'data_only': .28, 'backup': .27}),
    ('p_postpaid',             0.10,             0.10,             0.12,             0.10),
    ('p_cmnd9',                0.030,            0.035,            0.004,            0.030),
    ('p_cmnd12',               0.004,            0.004,            0.001,            0.004),
    ('p_foreign',              0.007,            0.006,            0.012,            0.007),
    ('p_vn_passport',          0.002,            0.002,            0.003,            0.002),
    ('family_unit_p',          0.05,             0.05,             0.09,             0.05),
    ('family_same_evening_p',  0.7,              0.7,              0.7,              0.7),
    ('family_under14_p',       0.03,             0.03,             0.05,             0.03),
    ('typo_p',                 0.008,            0.008,            0.015,            0.010),
    ('transfer_p',             0.010,            0.008,            0.020,            0.010),
    ('transfer_old_junk_p',    0.15,             0.10,             0.25,             0.15),
    ('doc_update_p',           0.004,            0.005,            0.006,            0.004),
    ('name_agent_ascii_p',     0.05,             0.05,             0.08,             0.06),
    ('name_nfd_p',             0.01,             0.01,             0.015,            0.01),
    ('name_double_space_p',    0.004,            0.004,            0.006,            0.004),
    ('status_legit',           {'ACTIVE': .965, 'TERMINATED': .02, 'ONE_WAY_LOCKED': .01, 'TWO_WAY_LOCKED': .005},
                               {'ACTIVE': .965, 'TERMINATED': .02, 'ONE_WAY_LOCKED': .01, 'TWO_WAY_LOCKED': .005},
                               {'ACTIVE': .955, 'TERMINATED': .025, 'ONE_WAY_LOCKED': .013, 'TWO_WAY_LOCKED': .007},
                               {'ACTIVE': .965, 'TERMINATED': .02, 'ONE_WAY_LOCKED': .01, 'TWO_WAY_LOCKED': .005}),
    # ---- organisations (fraction of N per kind; sizes per organisation)
    ('org_frac',               {'org_iot': .015, 'org_fleet': .008, 'org_callcenter': .004, 'org_staff': .012},
                               {'org_iot': .010, 'org_fleet': .006, 'org_callcenter': .002, 'org_staff': .010},
                               {'org_iot': .030, 'org_fleet': .015, 'org_callcenter': .010, 'org_staff': .020},
                               {'org_iot': .015, 'org_fleet': .008, 'org_callcenter': .004, 'org_staff': .012}),
    ('org_size',               {'org_iot': (150, 40, 800), 'org_fleet': (50, 15, 250), 'org_callcenter': (80, 20, 300), 'org_staff': (30, 8, 150)},
                               {'org_iot': (120, 30, 600), 'org_fleet': (40, 12, 200), 'org_callcenter': (60, 20, 200), 'org_staff': (25, 8, 120)},
                               {'org_iot': (200, 50, 1000), 'org_fleet': (60, 15, 300), 'org_callcenter': (120, 30, 400), 'org_staff': (40, 10, 200)},
                               {'org_iot': (150, 40, 800), 'org_fleet': (50, 15, 250), 'org_callcenter': (80, 20, 300), 'org_staff': (30, 8, 150)}),
    ('org_kit_p',              0.6,              0.6,              0.7,              0.6),
    ('org_gateway_p',          0.30,             0.20,             0.45,             0.30),
    ('org_rep_selfie_p',       0.7,              0.7,              0.6,              0.5),
    # ---- optional-field availability (how carriers fill the export)
    ('selfie_missing_p',       {'STORE': .01, 'AGENT': .03, 'EKYC_APP': 0.0, 'ONLINE': .02},
                               {'STORE': .01, 'AGENT': .03, 'EKYC_APP': 0.0, 'ONLINE': .02},
                               {'STORE': .01, 'AGENT': .03, 'EKYC_APP': 0.0, 'ONLINE': .02},
                               {'STORE': .20, 'AGENT': .45, 'EKYC_APP': .05, 'ONLINE': .30}),
    ('face_match_missing_p',   0.01,             0.01,             0.01,             0.30),
    ('device_missing_p',       0.01,             0.01,             0.01,             0.20),
    ('popdb_blank_p',          0.00,             0.00,             0.00,             0.25),
    ('usage_missing_carriers', ['LOCAL', 'WINTEL'], ['LOCAL', 'WINTEL', 'ASIM'], ['WINTEL'], ALL_BUT_BIG2),
    ('usage_field_missing_p',  0.004,            0.004,            0.004,            0.05),
    ('first_use_missing_p',    0.01,             0.01,             0.01,             0.30),
    ('usage_blank_days',       4,                4,                4,                4),
    ('invalid_p',              0.001,            0.001,            0.001,            0.001),
    # ---- planted fraud: fraction of N per pattern
    ('fraud_frac',             {'preact_fabricated': .018, 'preact_leaked': .012, 'identity_theft_ring': .008,
                                'dealer_extra_sim': .008, 'sim_farm': .012, 'agent_own_id': .005},
                               {'preact_fabricated': .009, 'preact_leaked': .008, 'identity_theft_ring': .005,
                                'dealer_extra_sim': .006, 'sim_farm': .005, 'agent_own_id': .002},
                               {'preact_fabricated': .035, 'preact_leaked': .025, 'identity_theft_ring': .015,
                                'dealer_extra_sim': .012, 'sim_farm': .020, 'agent_own_id': .008},
                               {'preact_fabricated': .017, 'preact_leaked': .011, 'identity_theft_ring': .008,
                                'dealer_extra_sim': .008, 'sim_farm': .011, 'agent_own_id': .005}),
    ('fraud_carrier_boost',    {'VIETNAMOBILE': 3.0, 'GMOBILE': 3.0, 'ITEL': 2.5, 'REDDI': 2.5, 'ASIM': 2.0,
                                'DIGILIFE': 2.0, 'LOCAL': 2.0, 'WINTEL': 2.0},
                               {'VIETNAMOBILE': 2.0, 'GMOBILE': 2.0, 'ITEL': 2.0, 'REDDI': 2.0},
                               {'VIETNAMOBILE': 3.5, 'GMOBILE': 3.5, 'ITEL': 3.0, 'REDDI': 3.0, 'ASIM': 2.5,
                                'DIGILIFE': 2.5, 'LOCAL': 2.5, 'WINTEL': 2.5},
                               {'VIETNAMOBILE': 3.0, 'GMOBILE': 3.0, 'ITEL': 2.5, 'REDDI': 2.5}),
    # pre-activation on fabricated documents
    ('fab_size',               (60, 15, 400),    (18, 6, 60),      (120, 25, 600),   (60, 15, 400)),
    ('burst_p',                0.60,             0.15,             0.80,             0.60),
    ('burst_night_p',          0.50,             0.10,             0.60,             0.50),
    ('burst_gap_median_s',     70,               240,              45,               70),
    ('spread_days',            (3, 20),          (7, 40),          (2, 12),          (3, 20)),
    ('fab_popdb',              {'NOT_FOUND': .55, 'MISMATCH': .25, 'UNCHECKED': .17, 'MATCH': .03},
                               {'NOT_FOUND': .35, 'MISMATCH': .20, 'UNCHECKED': .40, 'MATCH': .05},
                               {'NOT_FOUND': .60, 'MISMATCH': .25, 'UNCHECKED': .13, 'MATCH': .02},
                               {'NOT_FOUND': .55, 'MISMATCH': .25, 'UNCHECKED': .17, 'MATCH': .03}),
    ('fab_consistency',        {'ok': .75, 'gender': .10, 'year': .15},
                               {'ok': .92, 'gender': .03, 'year': .05},
                               {'ok': .65, 'gender': .15, 'year': .20},
                               {'ok': .75, 'gender': .10, 'year': .15}),
    ('fab_template_p',         0.25,             0.10,             0.35,             0.25),
    ('fab_flower_p',           0.08,             0.02,             0.12,             0.08),
    ('fab_stock_faces',        (3, 15),          (20, 80),         (2, 10),          (3, 15)),
    ('fab_cmnd_p',             0.15,             0.10,             0.03,             0.15),
    ('fab_name_form',          {'proper': .40, 'ascii': .35, 'upper_ascii': .25},
                               {'proper': .80, 'ascii': .15, 'upper_ascii': .05},
                               {'proper': .30, 'ascii': .40, 'upper_ascii': .30},
                               {'proper': .40, 'ascii': .35, 'upper_ascii': .25}),
    # pre-activation on leaked real documents
    ('leak_size',              (40, 10, 250),    (15, 5, 50),      (60, 15, 300),    (40, 10, 250)),
    ('leak_face',              {'operator': .45, 'stock': .25, 'replay': .30},
                               {'operator': .25, 'stock': .15, 'replay': .60},
                               {'operator': .55, 'stock': .25, 'replay': .20},
                               {'operator': .45, 'stock': .25, 'replay': .30}),
    ('leak_multi_dealer_p',    0.20,             0.10,             0.30,             0.20),
    ('leak_victim_in_batch_p', 0.70,             0.70,             0.70,             0.70),
    # identity-theft rings (self-service)
    ('ring_victims',           (25, 6, 80),      (10, 4, 30),      (35, 8, 120),     (25, 6, 80)),
    ('ring_face',              {'operator': .60, 'replay': .30, 'stock': .10},
                               {'operator': .30, 'replay': .60, 'stock': .10},
                               {'operator': .65, 'replay': .25, 'stock': .10},
                               {'operator': .60, 'replay': .30, 'stock': .10}),
    ('ring_devices',           (1, 4),           (2, 6),           (1, 3),           (1, 4)),
    ('ring_span_days',         (14, 60),         (30, 100),        (10, 45),         (14, 60)),
    ('ring_night_p',           0.50,             0.25,             0.60,             0.50),
    ('ring_usage',             {'scam': .40, 'otp': .40, 'never': .20},
                               {'scam': .35, 'otp': .45, 'never': .20},
                               {'scam': .45, 'otp': .40, 'never': .15},
                               {'scam': .40, 'otp': .40, 'never': .20}),
    # dealer adding extra SIMs to walk-in customers' documents
    ('extra_walkins',          (80, 20, 250),    (80, 20, 250),    (100, 25, 300),   (80, 20, 250)),
    ('extra_rate',             0.22,             0.10,             0.30,             0.22),
    ('extra_selfie',           {'replay': .45, 'rebit': .20, 'dealer': .20, 'fresh': .15},
                               {'replay': .25, 'rebit': .25, 'dealer': .10, 'fresh': .40},
                               {'replay': .55, 'rebit': .15, 'dealer': .25, 'fresh': .05},
                               {'replay': .45, 'rebit': .20, 'dealer': .20, 'fresh': .15}),
    ('extra_gap_minutes',      (2, 40),          (10, 240),        (1, 20),          (2, 40)),
    # SIM farms on bought identities
    ('farm_sims',              (150, 40, 500),   (60, 20, 150),    (250, 60, 800),   (150, 40, 500)),
    ('farm_sims_per_port',     (4, 1, 12),       (1.5, 1, 3),      (6, 2, 16),       (4, 1, 12)),
    ('farm_sims_per_identity', (5, 2, 12),       (3, 1, 6),        (6, 2, 15),       (5, 2, 12)),
    ('farm_route_dealer_p',    0.6,              0.5,              0.65,             0.6),
    ('farm_face',              {'genuine': .40, 'operator': .35, 'replay': .25},
                               {'genuine': .65, 'operator': .15, 'replay': .20},
                               {'genuine': .30, 'operator': .45, 'replay': .25},
                               {'genuine': .40, 'operator': .35, 'replay': .25}),
    ('farm_kind',              {'spam': .6, 'otp': .4}, {'spam': .5, 'otp': .5}, {'spam': .6, 'otp': .4}, {'spam': .6, 'otp': .4}),
    ('farm_lock_p',            0.15,             0.05,             0.20,             0.15),
    # dealer activating many SIMs on his own ID for resale
    ('agent_sims',             (120, 30, 400),   (40, 15, 90),     (200, 40, 600),   (120, 30, 400)),
    # what happens to resold (pre-activated / extra) SIMs, and how human-like fraud usage looks
    ('resold_usage',           {'never': .40, 'throwaway': .35, 'spam': .13, 'otp': .12},
                               {'never': .25, 'throwaway': .50, 'spam': .10, 'otp': .15},
                               {'never': .45, 'throwaway': .25, 'spam': .15, 'otp': .15},
                               {'never': .40, 'throwaway': .35, 'spam': .13, 'otp': .12}),
    ('resold_status',          {'ACTIVE': .55, 'ONE_WAY_LOCKED': .20, 'TWO_WAY_LOCKED': .15, 'TERMINATED': .10},
                               {'ACTIVE': .80, 'ONE_WAY_LOCKED': .10, 'TWO_WAY_LOCKED': .06, 'TERMINATED': .04},
                               {'ACTIVE': .50, 'ONE_WAY_LOCKED': .22, 'TWO_WAY_LOCKED': .16, 'TERMINATED': .12},
                               {'ACTIVE': .55, 'ONE_WAY_LOCKED': .20, 'TWO_WAY_LOCKED': .15, 'TERMINATED': .10}),
    ('disguise',               0.0,              0.6,              0.0,              0.0),
]


def scenario_params(name):
    i = 1 + SCENARIO_NAMES.index(name)
    return {row[0]: row[i] for row in PARAM_TABLE}


# =====================================================================================
# Domain facts (from the spec's fact sheet)
# =====================================================================================
# code: (display form in exports, IMSI MNC, ICCID issuer prefix, ICCID length, MSISDN
#        prefixes (domestic form), MSISDN export style, name export style, agent code)
# MNC/IIN/prefixes of ASIM, DIGILIFE, LOCAL, WINTEL and the Viettel IIN are UNCONFIRMED in
# the fact sheet: MVNOs without an own MNC carry their (assumed) host's MNC.
CARRIER_INFO = {
    'VIETTEL':      ('VIETTEL', '04', '898404', 20, ['086', '096', '097', '098', '032', '033', '034', '035', '036', '037', '038', '039'], '0', 'proper', 'VTT'),
    'VINAPHONE':    ('VINAPHONE', '02', '898402', 20, ['088', '091', '094', '083', '084', '085', '081', '082'], '84', 'proper', 'VNP'),
    'MOBIFONE':     ('MOBIFONE', '01', '898401', 19, ['089', '090', '093', '070', '079', '077', '076', '078'], '0', 'upper', 'MBF'),
    'VIETNAMOBILE': ('Vietnamobile', '05', '898405', 19, ['092', '056', '058', '052'], '+84', 'proper', 'VNM'),
    'GMOBILE':      ('GMOBILE', '07', '898407', 19, ['0993', '0994', '0995', '0996', '0997', '059'], '84', 'proper', 'GTL'),
    'ITEL':         ('Itel', '08', '898408', 20, ['087'], '0', 'upper_ascii', 'ITL'),
    'REDDI':        ('REDDI', '09', '898409', 19, ['055'], '+84', 'upper_ascii', 'RDD'),
    'ASIM':         ('ASIM', '01', '898412', 19, ['081', '082'], '0', 'proper', 'ASM'),
    'DIGILIFE':     ('DIGILIFE', '02', '898413', 20, ['088'], '0', 'proper', 'DGL'),
    'LOCAL':        ('local', '01', '898414', 19, ['087', '089'], '84', 'ascii', 'LCL'),
    'WINTEL':       ('WINTEL', '09', '898410', 19, ['055'], '0', 'upper_ascii', 'WTL'),
}
CARRIERS = list(CARRIER_INFO)
BIG3 = ['VIETTEL', 'VINAPHONE', 'MOBIFONE']

# 63 province codes (Circular 07/2016) with an approximate population (millions) used as weight.
PROVINCES = [
    ('001', 'Hà Nội', 8.4), ('002', 'Hà Giang', 0.9), ('004', 'Cao Bằng', 0.54), ('006', 'Bắc Kạn', 0.32),
    ('008', 'Tuyên Quang', 0.8), ('010', 'Lào Cai', 0.77), ('011', 'Điện Biên', 0.63), ('012', 'Lai Châu', 0.48),
    ('014', 'Sơn La', 1.3), ('015', 'Yên Bái', 0.84), ('017', 'Hòa Bình', 0.87), ('019', 'Thái Nguyên', 1.3),
    ('020', 'Lạng Sơn', 0.8), ('022', 'Quảng Ninh', 1.35), ('024', 'Bắc Giang', 1.9), ('025', 'Phú Thọ', 1.5),
    ('026', 'Vĩnh Phúc', 1.2), ('027', 'Bắc Ninh', 1.5), ('030', 'Hải Dương', 1.95), ('031', 'Hải Phòng', 2.1),
    ('033', 'Hưng Yên', 1.3), ('034', 'Thái Bình', 1.87), ('035', 'Hà Nam', 0.88), ('036', 'Nam Định', 1.88),
    ('037', 'Ninh Bình', 1.0), ('038', 'Thanh Hóa', 3.7), ('040', 'Nghệ An', 3.4), ('042', 'Hà Tĩnh', 1.3),
    ('044', 'Quảng Bình', 0.9), ('045', 'Quảng Trị', 0.65), ('046', 'Thừa Thiên Huế', 1.16), ('048', 'Đà Nẵng', 1.2),
    ('049', 'Quảng Nam', 1.5), ('051', 'Quảng Ngãi', 1.25), ('052', 'Bình Định', 1.5), ('054', 'Phú Yên', 0.88),
    ('056', 'Khánh Hòa', 1.25), ('058', 'Ninh Thuận', 0.6), ('060', 'Bình Thuận', 1.25), ('062', 'Kon Tum', 0.58),
    ('064', 'Gia Lai', 1.6), ('066', 'Đắk Lắk', 1.9), ('067', 'Đắk Nông', 0.67), ('068', 'Lâm Đồng', 1.33),
    ('070', 'Bình Phước', 1.03), ('072', 'Tây Ninh', 1.19), ('074', 'Bình Dương', 2.7), ('075', 'Đồng Nai', 3.25),
    ('077', 'Bà Rịa–Vũng Tàu', 1.19), ('079', 'TP Hồ Chí Minh', 9.4), ('080', 'Long An', 1.7), ('082', 'Tiền Giang', 1.79),
    ('083', 'Bến Tre', 1.3), ('084', 'Trà Vinh', 1.0), ('086', 'Vĩnh Long', 1.03), ('087', 'Đồng Tháp', 1.6),
    ('089', 'An Giang', 1.9), ('091', 'Kiên Giang', 1.75), ('092', 'Cần Thơ', 1.25), ('093', 'Hậu Giang', 0.73),
    ('094', 'Sóc Trăng', 1.2), ('095', 'Bạc Liêu', 0.92), ('096', 'Cà Mau', 1.2),
]
assert len(PROVINCES) == 63
PROV_NAME = {c: n for c, n, _ in PROVINCES}
MIGRATION_DEST = [('079', 35), ('001', 25), ('074', 12), ('075', 8), ('027', 4), ('048', 4), ('092', 3),
                  ('031', 3), ('026', 2), ('077', 2), ('080', 2)]
# CMND (9-digit) issuing-police prefixes, partly from the fact sheet (01 HN, 02 HCMC, 03 HP,
# 27 BR-VT/Đồng Nai, 280 Bình Dương); others are plausible two-digit prefixes.
CMND_PREFIX = {'001': '01', '079': '02', '031': '03', '077': '27', '075': '27', '074': '280', '070': '285',
               '038': '17', '040': '18', '042': '18', '048': '20', '049': '20', '052': '21', '056': '22',
               '066': '24', '068': '25', '072': '29', '080': '30', '082': '31', '083': '32', '087': '34',
               '089': '35', '092': '36', '091': '37', '096': '38', '022': '10', '019': '09', '030': '14',
               '034': '15', '036': '16'}

FAMILY = [('Nguyễn', 38), ('Trần', 11), ('Lê', 9.5), ('Phạm', 7), ('Hoàng', 3), ('Huỳnh', 2.1), ('Phan', 4.5),
          ('Vũ', 2.4), ('Võ', 1.6), ('Đặng', 2.1), ('Bùi', 2), ('Đỗ', 1.4), ('Hồ', 1.3), ('Ngô', 1.3),
          ('Dương', 1), ('Lý', 0.5), ('Đinh', 0.8), ('Trương', 0.7), ('Lâm', 0.4), ('Mai', 0.4), ('Cao', 0.3),
          ('Tạ', 0.2), ('Lương', 0.3), ('Đoàn', 0.5), ('Trịnh', 0.4), ('Hà', 0.3), ('Tô', 0.2), ('Châu', 0.2),
          ('Thái', 0.2), ('La', 0.1), ('Quách', 0.1), ('Kiều', 0.1), ('Lò', 0.05), ('Hứa', 0.1), ('Vương', 0.15)]
MIDDLE_M = [('Văn', 30), ('Hữu', 6), ('Đức', 8), ('Minh', 10), ('Quang', 6), ('Thanh', 5), ('Công', 5),
            ('Xuân', 4), ('Ngọc', 3), ('Đình', 5), ('Quốc', 5), ('Trọng', 3), ('Tuấn', 2), ('Anh', 3),
            ('Hoàng', 3), ('Gia', 3), ('Bảo', 2), ('Thành', 3), ('Duy', 3), ('Tiến', 2), ('Mạnh', 2), ('Việt', 2)]
MIDDLE_F = [('Thị', 35), ('Ngọc', 8), ('Thu', 5), ('Thanh', 5), ('Kim', 4), ('Minh', 4), ('Phương', 3),
            ('Hồng', 4), ('Bảo', 3), ('Mỹ', 3), ('Thùy', 3), ('Khánh', 3), ('Hoài', 2), ('Diệu', 2),
            ('Quỳnh', 2), ('Hải', 2), ('Thảo', 2), ('Như', 2), ('Tuyết', 1), ('Lan', 1), ('Ánh', 1)]
GIVEN_M = ('An Anh Bảo Bình Cường Dũng Duy Đạt Đức Dương Hải Hiếu Hòa Hoàng Hùng Huy Hưng Khang Khánh Khoa '
           'Kiên Lâm Long Lộc Luân Mạnh Minh Nam Nghĩa Nhân Phát Phong Phúc Quân Quang Sơn Tài Tâm Thắng '
           'Thành Thiện Thịnh Toàn Trí Trung Tuấn Tú Tùng Việt Vinh Vũ Hậu Tín Thông Tiến Hào Hiệp Lợi '
           'Nhật Sang Thái Thuận Trường Khôi Đăng Nguyên Kiệt Quý Vĩnh Thạch Hiển Lực').split()
GIVEN_F = ('An Anh Ánh Bích Chi Diệp Dung Duyên Giang Hà Hạnh Hằng Hiền Hoa Hồng Huệ Hương Huyền Lan Liên '
           'Linh Loan Mai My Nga Ngân Ngọc Nhi Nhung Oanh Phương Phượng Quyên Quỳnh Tâm Thảo Thanh Thu '
           'Thủy Thúy Trang Trâm Trinh Tuyết Uyên Vân Vy Xuân Yến Ly Châu Diễm Kiều Lệ Nguyệt Nhàn Tiên '
           'Trúc Hạ Khuê Ngà Thơ Hậu Lụa').split()
FOREIGN = {  # nationality: (family names, given names, passport number maker)
    'CN': (['WANG', 'LI', 'ZHANG', 'LIU', 'CHEN', 'YANG', 'HUANG', 'ZHAO', 'WU', 'ZHOU'],
           ['WEI', 'FANG', 'LEI', 'JING', 'HAO', 'MIN', 'XIUYING', 'JIANGUO', 'YAN', 'TAO'], 'E8'),
    'KR': (['KIM', 'LEE', 'PARK', 'CHOI', 'JUNG', 'KANG', 'CHO', 'YOON', 'JANG', 'LIM'],
           ['MIN JUN', 'SEO YEON', 'JI HOON', 'HA EUN', 'DONG HYUN', 'SOO JIN', 'JAE WON', 'YU NA'], 'M8'),
    'JP': (['TANAKA', 'SUZUKI', 'SATO', 'TAKAHASHI', 'WATANABE', 'ITO', 'YAMAMOTO', 'NAKAMURA'],
           ['HIROSHI', 'YUKI', 'KENJI', 'AIKO', 'TAKUMI', 'HARUKA', 'SHOTA', 'MISAKI'], 'TK7'),
    'TW': (['CHEN', 'LIN', 'HUANG', 'CHANG', 'LI', 'WANG', 'TSAI'], ['CHIH-MING', 'YA-TING', 'CHUN-HUNG', 'SHU-FEN'], '9'),
    'US': (['SMITH', 'JOHNSON', 'BROWN', 'MILLER', 'WILSON', 'DAVIS', 'NGUYEN'], ['JAMES', 'MICHAEL', 'DAVID', 'SARAH', 'EMILY', 'JESSICA'], '9'),
    'FR': (['MARTIN', 'BERNARD', 'DUBOIS', 'LEROY', 'MOREAU'], ['PIERRE', 'CAMILLE', 'LUCAS', 'CHLOE'], 'FR'),
    'DE': (['MÜLLER', 'SCHMIDT', 'SCHNEIDER', 'FISCHER', 'WEBER'], ['JONAS', 'ANNA', 'LUKAS', 'LEA'], 'C8'),
}
FOREIGN_W = [('CN', 30), ('KR', 27), ('JP', 10), ('TW', 10), ('US', 9), ('FR', 7), ('DE', 7)]
FOREIGN_PROV = [('079', 35), ('001', 25), ('027', 12), ('031', 8), ('074', 8), ('048', 6), ('075', 6)]

ORG_FORM = ['Công ty TNHH', 'Công ty Cổ phần', 'Công ty TNHH MTV', 'Tổng Công ty', 'CÔNG TY CỔ PHẦN', 'CÔNG TY TNHH']
ORG_BUSINESS = {
    'org_iot': ['Giải pháp IoT', 'Công nghệ Thông minh', 'Thiết bị Giám sát', 'Điện lực', 'Cấp nước',
                'Thanh toán Điện tử', 'Năng lượng Xanh', 'Đo đếm Điện tử'],
    'org_fleet': ['Vận tải', 'Giao nhận', 'Logistics', 'Taxi', 'Xe khách', 'Chuyển phát Nhanh', 'Vận tải Biển'],
    'org_callcenter': ['Dịch vụ Khách hàng', 'Tài chính Tiêu dùng', 'Bảo hiểm Nhân thọ', 'Tiếp thị Trực tuyến',
                       'Chăm sóc Khách hàng', 'Dịch vụ Viễn thông'],
    'org_staff': ['Xây dựng', 'Thương mại', 'Dược phẩm', 'Thực phẩm', 'Bất động sản', 'May mặc', 'Điện tử',
                  'Kỹ thuật Cơ điện', 'Du lịch'],
}
ORG_BRAND = ['Hoàng Long', 'Minh Phát', 'An Phú', 'Việt Tiến', 'Sao Mai', 'Thành Công', 'Phú Thịnh', 'Đại Dương',
             'Bình Minh', 'Hưng Thịnh', 'Tân Cảng', 'Nam Việt', 'Hòa Bình', 'Kim Long', 'Thiên Phú', 'Á Châu',
             'Sông Hồng', 'Ngọc Lan', 'Trường Sơn', 'Phương Đông', 'Đông Á', 'Tín Nghĩa', 'Vạn Xuân', 'Bắc Hà']
TAX_PREFIX = {'001': '01', '031': '02', '079': '03', '048': '04', '074': '37', '075': '36', '027': '23'}

COLUMNS = ['msisdn', 'carrier', 'registered_at', 'subscriber_type', 'id_type', 'id_number', 'full_name',
           'date_of_birth', 'gender', 'nationality', 'province', 'channel', 'agent_id', 'device_imei',
           'selfie_hash', 'face_match', 'popdb_check', 'iccid', 'imsi', 'status', 'first_use_imei',
           'active_days_30d', 'out_calls_30d', 'in_calls_30d', 'out_sms_30d', 'in_sms_30d',
           'distinct_callees_30d', 'topup_vnd_30d', 'data_mb_30d']

HOURS = {  # relative weight per hour of day, local time (+07:00)
    'STORE':  [0, 0, 0, 0, 0, 0, 0, .2, 1.5, 3, 3.5, 3, 2, 2, 2.5, 2.5, 2.8, 3, 3.2, 3, 2, .8, .1, 0],
    'AGENT':  [.05, 0, 0, 0, 0, .1, .5, 1.5, 2.5, 3, 3, 2.8, 2.2, 2, 2.3, 2.5, 2.8, 3, 3.3, 3.2, 2.5, 1.5, .6, .2],
    'EKYC_APP': [.6, .3, .15, .1, .1, .2, .6, 1.2, 1.8, 2, 2, 2, 2.2, 1.8, 1.8, 1.9, 2, 2.1, 2.4, 2.8, 3.2, 3.2, 2.6, 1.5],
    'ONLINE': [.5, .25, .1, .1, .1, .2, .5, 1.2, 2, 2.2, 2.2, 2, 2.2, 2, 2, 2, 2, 2, 2.2, 2.6, 3, 3, 2.4, 1.3],
    'NIGHT':  [3, 2.5, 2, 1.2, .6, .2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, .2, 1, 2, 3, 3.5],
    'EVENING': [.3, .1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, .3, 0, 0, 0, 0, .3, 1, 2, 3, 3, 2, 1],
}
DOW = {  # Monday..Sunday
    'STORE': [1, 1, 1, 1, 1.05, 1.35, 1.25], 'AGENT': [1, 1, 1, 1, 1.05, 1.3, 1.2],
    'EKYC_APP': [1, 1, 1, 1, 1, 1.15, 1.2], 'ONLINE': [1.05, 1, 1, 1, 1, 1.1, 1.15],
    'NIGHT': [1] * 7, 'EVENING': [1] * 7,
}
BUSINESS_DOW = [1, 1, 1, 1, 1, .6, .15]

DAY = 86400


# =====================================================================================
# Small helpers
# =====================================================================================
class WC:
    """Weighted choice with precomputed cumulative weights."""
    __slots__ = ('items', 'cum', 'tot')

    def __init__(self, pairs):
        self.items = [k for k, _ in pairs]
        c = 0.0
        self.cum = []
        for _, w in pairs:
            c += w
            self.cum.append(c)
        self.tot = c

    def pick(self, r):
        i = bisect.bisect_right(self.cum, r.random() * self.tot)
        return self.items[i if i < len(self.items) else -1]


def wc_dict(d):
    return WC(list(d.items()))


def luhn_digit(s):
    total = 0
    dbl = True
    for ch in reversed(s):
        d = ord(ch) - 48
        if dbl:
            d *= 2
            if d > 9:
                d -= 9
        total += d
        dbl = not dbl
    return chr(48 + (10 - total % 10) % 10)


def luhn_ok(s):
    return luhn_digit(s[:-1]) == s[-1]


def lnsize(r, spec):
    med, lo, hi = spec
    v = r.lognormvariate(math.log(med), 0.6)
    return int(min(hi, max(lo, round(v))))


def LN(r, med, sig):
    return r.lognormvariate(math.log(med), sig) if med > 0 else 0.0


_strip_cache = {}


def strip_dia(s):
    v = _strip_cache.get(s)
    if v is None:
        t = s.replace('đ', 'd').replace('Đ', 'D')
        t = ''.join(c for c in unicodedata.normalize('NFD', t) if not unicodedata.combining(c))
        v = unicodedata.normalize('NFC', t)
        if len(_strip_cache) < 500000:
            _strip_cache[s] = v
    return v


def render_name(name, form):
    if form == 'proper':
        return name
    if form == 'upper':
        return name.upper()
    if form == 'ascii':
        return strip_dia(name)
    if form == 'upper_ascii':
        return strip_dia(name).upper()
    if form == 'nfd':
        return unicodedata.normalize('NFD', name)
    if form == 'spaces':
        return name.replace(' ', '  ', 1)
    return name


def csvq(s):
    if ',' in s or '"' in s or '\n' in s:
        return '"' + s.replace('"', '""') + '"'
    return s


def flips(r, k):
    m = 0
    for _ in range(k):
        m |= 1 << r.randrange(64)
    return m


# bits flipped from the face's own hash by one capture: two captures of one face then differ
# in about 0-4 bits (pairwise), as the contract says.
CAPTURE_BITS = WC([(0, .30), (1, .40), (2, .20), (3, .08), (4, .02)])


# =====================================================================================
# Identifier pools (unique without storing every value)
# =====================================================================================
class NumberPool:
    """MSISDNs: a per-prefix permutation of the suffix space for random numbers, and a
    reserved tenth of that space for consecutive number blocks (SIM kits, org blocks)."""

    def __init__(self, r):
        self.r = r
        self.st = {}

    def _state(self, prefix):
        st = self.st.get(prefix)
        if st is None:
            r = self.r
            n = 10 - len(prefix)
            space = 10 ** n
            while True:
                m = r.randrange(space // 3, space)
                if m % 2 and m % 5:
                    break
            zone = r.randrange(10)
            lo = zone * space // 10
            st = [0, m, r.randrange(space), space, lo, lo + space // 10, lo + r.randrange(space // 50), n]
            self.st[prefix] = st
        return st

    def random(self, prefix):
        st = self._state(prefix)
        while True:
            v = (st[0] * st[1] + st[2]) % st[3]
            st[0] += 1
            if not (st[4] <= v < st[5]):
                return prefix[1:] + str(v).zfill(st[7])

    def block_start(self, prefix, size):
        """Reserve about `size`*1.3 numbers; returns (prefix, first suffix, reserved end)."""
        st = self._state(prefix)
        start = st[6]
        end = start + int(size * 1.3) + 5
        st[6] = end + self.r.randrange(0, 2000)
        if st[6] >= st[5]:
            raise RuntimeError('number block zone exhausted for prefix ' + prefix)
        return start, end

    @staticmethod
    def fmt(prefix, v, n):
        return prefix[1:] + str(v).zfill(n)


class ImeiPool:
    """Phone IMEIs from popular TACs (permuted serials: unique) and device IMEIs with
    sequential serials (IoT modules, GSM gateways, routers)."""

    def __init__(self, r):
        self.r = r
        tacs = []
        heads = ['35', '35', '35', '86', '86', '86', '49', '01', '99']
        for i in range(1500):
            tacs.append(r.choice(heads) + str(r.randrange(10 ** 6)).zfill(6))
        # Zipf-like popularity
        self.phone = WC([(t, 1.0 / (1 + i) ** 0.8) for i, t in enumerate(tacs)])
        self.pst = {}
        self.dev = {}
        for kind, n in (('iot', 12), ('gateway', 8), ('router', 15), ('tracker', 10), ('tablet', 30)):
            self.dev[kind] = [[('86' if kind != 'tablet' else '35') + str(r.randrange(10 ** 6)).zfill(6),
                               r.randrange(10 ** 5)] for _ in range(n)]

    def new_phone(self):
        r = self.r
        tac = self.phone.pick(r)
        st = self.pst.get(tac)
        if st is None:
            while True:
                m = r.randrange(10 ** 5, 10 ** 6)
                if m % 2 and m % 5:
                    break
            st = [0, m, r.randrange(10 ** 6)]
            self.pst[tac] = st
        v = (st[0] * st[1] + st[2]) % 10 ** 6
        st[0] += 1
        s = tac + str(v).zfill(6)
        return s + luhn_digit(s)

    def device_block(self, kind, n):
        r = self.r
        lst = self.dev[kind]
        d = lst[r.randrange(len(lst))]
        start = d[1]
        if start + n >= 10 ** 6:
            d[0] = '86' + str(r.randrange(10 ** 6)).zfill(6)
            start = 0
        d[1] = start + n + r.randrange(0, 500)
        out = []
        for i in range(n):
            s = d[0] + str(start + i).zfill(6)
            out.append(s + luhn_digit(s))
        return out


class IdPool:
    """CCCD random parts unique per (province, century/gender, year) key."""

    def __init__(self, r):
        self.r = r
        self.st = {}

    def six(self, key):
        st = self.st.get(key)
        if st is None:
            st = [0, self.r.randrange(10 ** 6)]
            self.st[key] = st
        v = (st[0] * 104729 + st[1]) % 10 ** 6
        st[0] += 1
        return str(v).zfill(6)


class Person:
    __slots__ = ('name', 'gender', 'dob', 'by', 'idt', 'idn', 'pb', 'pr', 'nat', 'face', 'phone',
                 'age', 'fam', 'cmnd_old', 'foreign')


class Pos:
    __slots__ = ('code', 'carrier', 'kind', 'prov', 'devices', 'weight', 'busy', 'stock', 'dwc')


# =====================================================================================
# The generator
# =====================================================================================
class Gen:
    def __init__(self, P, n_rows, seed, outdir):
        self.P = P
        self.N = n_rows
        self.r = random.Random(seed)
        self.outdir = outdir
        self.start = date.fromisoformat(P['period_start'])
        self.days = P['period_days']
        self.t_end = self.days * DAY
        self.day_str = [(self.start + timedelta(d)).isoformat() for d in range(self.days)]
        self.dow0 = self.start.weekday()
        self.numbers = NumberPool(self.r)
        self.imeis = ImeiPool(self.r)
        self.ids = IdPool(self.r)
        self.counts = {}
        self.n_subs = 0
        self.n_rows = 0
        self.n_invalid = 0
        self.invalid_kinds = {}
        # time profiles
        self.hour_wc = {k: WC(list(enumerate(v))) for k, v in HOURS.items()}
        self.day_wc = {k: WC([(d, DOW[k][(self.dow0 + d) % 7]) for d in range(self.days)]) for k in DOW}
        self.busday_wc = WC([(d, BUSINESS_DOW[(self.dow0 + d) % 7]) for d in range(self.days)])
        # population tables
        self.prov_wc = WC([(c, w) for c, _, w in PROVINCES])
        self.prov_pos_wc = WC([(c, w ** 1.15) for c, _, w in PROVINCES])
        self.mig_wc = WC(MIGRATION_DEST)
        self.fam_wc = WC(FAMILY)
        self.mid_m = WC(MIDDLE_M)
        self.mid_f = WC(MIDDLE_F)
        self.foreign_wc = WC(FOREIGN_W)
        self.foreign_prov = WC(FOREIGN_PROV)
        self.age_wc = WC([((14, 17), 2), ((18, 24), 16), ((25, 34), 26), ((35, 44), 22), ((45, 54), 16),
                          ((55, 64), 11), ((65, 85), 7)])
        self.capture = CAPTURE_BITS
        self.carrier_wc = WC(list(P['carrier_share'].items()))
        boost = P['fraud_carrier_boost']
        self.fraud_carrier_wc = WC([(c, w * boost.get(c, 1.0)) for c, w in P['carrier_share'].items()])
        self.channel_wc = wc_dict(P['channel_mix'])
        self.inperson_wc = WC([('STORE', P['channel_mix']['STORE']), ('AGENT', P['channel_mix']['AGENT'])])
        self.selfservice_wc = WC([('EKYC_APP', P['channel_mix']['EKYC_APP']), ('ONLINE', P['channel_mix']['ONLINE'])])
        self.sims_wc = WC(P['sims_per_person'])
        self.role_wc = wc_dict(P['extra_sim_role'])
        self.status_wc = wc_dict(P['status_legit'])
        self.resold_wc = wc_dict(P['resold_usage'])
        self.resold_status_wc = wc_dict(P['resold_status'])
        self.prefix_wc = {c: WC([(p, 1.0) for p in CARRIER_INFO[c][4]]) for c in CARRIERS}
        self.big_prefix_wc = WC([(p, 1.0) for c in BIG3 for p in CARRIER_INFO[c][4]])
        self.usage_missing = set(P['usage_missing_carriers'])
        # SIM stocks: carrier serial streams and stock objects resolved in time order
        self.serial_cursor = {}
        self.imsi_off = {}
        for c in CARRIERS:
            blen = CARRIER_INFO[c][3] - 7
            self.serial_cursor[c] = self.r.randrange(10 ** (blen - 2), 10 ** (blen - 1))
            self.imsi_off[c] = self.r.randrange(10 ** 9)
        # SIMs of registrations made years ago come from older (lower) serial ranges
        self.legacy_cursor = {c: self.serial_cursor[c] - self.r.randrange(3 * 10 ** 8, 9 * 10 ** 8) for c in CARRIERS}
        self.stocks = []   # [carrier, cur, end, skip_p, kit(prefix, cur, end, n) or None, auto_refill]
        self.retail = {c: [self.new_stock(c, 100) for _ in range(P['retail_boxes_per_carrier'])] for c in CARRIERS}
        self.warehouse = {c: self.new_stock(c, 500, skip_p=0.02) for c in CARRIERS}
        # reject-check bookkeeping
        self.pool = []          # pre-created persons: victims / sold identities who are also subscribers
        self.pool_i = 0
        self.gateways = []      # criminal SIM-box ports shared by resold SIMs
        self._open_files = {}
        self.tmpdir = os.path.join(outdir, '.indep_tmp')
        if os.path.isdir(self.tmpdir):
            shutil.rmtree(self.tmpdir)
        os.makedirs(self.tmpdir)
        self.seq = 0

    # ------------------------------------------------------------------ time
    def ts(self, t):
        if 0 <= t < self.t_end:
            d, s = divmod(t, DAY)
            ds = self.day_str[d]
        else:
            dt = datetime(self.start.year, self.start.month, self.start.day) + timedelta(seconds=t)
            ds = dt.date().isoformat()
            s = dt.hour * 3600 + dt.minute * 60 + dt.second
        return '%sT%02d:%02d:%02d+07:00' % (ds, s // 3600, (s // 60) % 60, s % 60)

    def sample_t(self, profile, day=None):
        r = self.r
        if day is None:
            day = self.day_wc[profile].pick(r)
        return day * DAY + self.hour_wc[profile].pick(r) * 3600 + r.randrange(3600)

    def clamp(self, t):
        if t >= self.t_end:
            return self.t_end - 1 - self.r.randrange(600)
        return max(0, t)

    def ref_date(self):
        return self.start

    # ------------------------------------------------------------------ SIM stock
    def new_box(self, c, size):
        start = self.serial_cursor[c]
        self.serial_cursor[c] = start + size + (self.r.randrange(1, 3000) if self.r.random() < 0.5 else 0)
        return start, start + size

    def new_stock(self, c, size=100, skip_p=0.08, kit=None, refill=True):
        s, e = self.new_box(c, size)
        self.stocks.append([c, s, e, skip_p, kit, refill, size])
        return len(self.stocks) - 1

    def sim_ids(self, c, serial):
        info = CARRIER_INFO[c]
        body = str(serial).zfill(info[3] - 7)
        s = info[2] + body
        iccid = s + luhn_digit(s)
        imsi = '452' + info[1] + str((serial + self.imsi_off[c]) % 10 ** 10).zfill(10)
        return iccid, imsi

    def explicit_sim(self, c):
        s, _ = self.new_box(c, 1)
        return self.sim_ids(c, s)

    def legacy_sim(self, c):
        s = self.legacy_cursor[c]
        self.legacy_cursor[c] = s + 1 + self.r.randrange(0, 3000)
        return self.sim_ids(c, s)

    def take_from_stock(self, sid):
        st = self.stocks[sid]
        c = st[0]
        if st[1] >= st[2]:
            s, e = self.new_box(c, st[6])
            st[1], st[2] = s, e
        serial = st[1]
        st[1] += 1
        if self.r.random() < st[3]:
            st[1] += self.r.randrange(1, 4)
        nat = None
        kit = st[4]
        if kit is not None:
            prefix, cur, end, n = kit
            if cur >= end:
                s2, e2 = self.numbers.block_start(prefix, 100)
                kit[1], kit[2] = s2, e2
                cur = s2
            nat = NumberPool.fmt(prefix, cur, n)
            kit[1] = cur + 1 + (self.r.randrange(1, 3) if self.r.random() < 0.05 else 0)
        return serial, nat

    def kit(self, c, size):
        prefix = self.prefix_wc[c].pick(self.r)
        s, e = self.numbers.block_start(prefix, size)
        return [prefix, s, e, 10 - len(prefix)]

    # ------------------------------------------------------------------ numbers
    def new_msisdn(self, c):
        r = self.r
        if r.random() < self.P['msisdn_ported_p']:
            return self.numbers.random(self.big_prefix_wc.pick(r))
        return self.numbers.random(self.prefix_wc[c].pick(r))

    def fmt_msisdn(self, c, nat):
        style = CARRIER_INFO[c][5]
        if self.r.random() < self.P['msisdn_alt_style_p']:
            style = self.r.choice(('0', '84', '+84'))
        return style + nat

    # ------------------------------------------------------------------ people
    def new_person(self, age=None, gender=None, fam=None, pr=None, foreign=None, allow_cmnd=True):
        r = self.r
        P = self.P
        p = Person()
        p.gender = gender or ('M' if r.random() < 0.5 else 'F')
        if age is None:
            lo, hi = self.age_wc.pick(r)
            age = r.randint(lo, hi)
        p.age = age
        b = date.fromordinal(self.start.toordinal() - int(age * 365.2425) - r.randrange(1, 365))
        p.dob = b.isoformat()
        p.by = b.year
        p.face = r.getrandbits(64)
        p.phone = self.imeis.new_phone()
        p.cmnd_old = None
        p.foreign = False
        if foreign is None:
            u = r.random()
            foreign = 'X' if u < P['p_foreign'] else ('V' if u < P['p_foreign'] + P['p_vn_passport'] else None)
        if foreign == 'X' and age >= 18:
            nat = self.foreign_wc.pick(r)
            fams, givs, pp = FOREIGN[nat]
            p.nat = nat
            p.fam = r.choice(fams)
            p.name = p.fam + ' ' + r.choice(givs)
            p.idt = 'PASSPORT'
            if pp == '9':
                p.idn = str(r.randrange(10 ** 8, 10 ** 9))
            elif pp == 'FR':
                p.idn = '%02d%s%s%05d' % (r.randrange(100), chr(65 + r.randrange(26)), chr(65 + r.randrange(26)), r.randrange(10 ** 5))
            elif pp == 'TK7':
                p.idn = 'T' + chr(65 + r.randrange(26)) + str(r.randrange(10 ** 7)).zfill(7)
            else:
                p.idn = pp[0] + str(r.randrange(10 ** 8)).zfill(8)
            p.pb = p.pr = self.foreign_prov.pick(r)
            p.foreign = True
            return p
        p.nat = 'VN'
        p.fam = fam or self.fam_wc.pick(r)
        if p.gender == 'M':
            mid = self.mid_m.pick(r)
            if r.random() < 0.06:
                m2 = self.mid_m.pick(r)
                if m2 != mid and mid != 'Văn':
                    mid = mid + ' ' + m2
            giv = r.choice(GIVEN_M)
        else:
            mid = self.mid_f.pick(r)
            if mid == 'Thị' and age < 30 and r.random() < 0.5:
                mid = self.mid_f.pick(r)
            if r.random() < 0.10:
                m2 = self.mid_f.pick(r)
                if m2 != mid and m2 != 'Thị':
                    mid = mid + ' ' + m2
            giv = r.choice(GIVEN_F)
        if mid.split()[-1] == giv:
            mid = 'Văn' if p.gender == 'M' else 'Thị'
        p.name = '%s %s %s' % (p.fam, mid, giv)
        p.pb = self.prov_wc.pick(r)
        p.pr = pr or (p.pb if r.random() < 0.72 else self.mig_wc.pick(r))
        u = r.random()
        pc9 = P['p_cmnd9'] * (2.2 if age >= 45 else 0.4)
        if foreign == 'V' and age >= 18:
            p.idt = 'PASSPORT'
            p.idn = r.choice('BCNP') + str(r.randrange(10 ** 7)).zfill(7)
        elif allow_cmnd and u < pc9:
            p.idt = 'CMND'
            p.idn = self.cmnd9(p.pr)
        elif allow_cmnd and u < pc9 + P['p_cmnd12']:
            p.idt = 'CMND'
            p.idn = str(r.randrange(10 ** 11, 10 ** 12))
        else:
            p.idt = 'CCCD'
            p.idn = self.cccd(p.pb, p.by, p.gender)
        return p

    def cccd(self, pb, by, gender):
        g = 2 * ((by - 1900) // 100) + (1 if gender == 'F' else 0)
        key = pb + str(g) + '%02d' % (by % 100)
        return key + self.ids.six(key)

    def cmnd9(self, prov):
        r = self.r
        pre = CMND_PREFIX.get(prov) or '%02d' % r.randrange(4, 39)
        return pre + str(r.randrange(10 ** (9 - len(pre)))).zfill(9 - len(pre))

    def pool_person(self):
        """A person pre-created for the fraud phase who will also be an ordinary subscriber."""
        p = self.new_person(age=self.adult_age(), foreign=False)
        self.pool.append(p)
        return p

    def adult_age(self):
        r = self.r
        while True:
            lo, hi = self.age_wc.pick(r)
            a = r.randint(lo, hi)
            if a >= 18:
                return a

    def doc(self, p, name=None):
        return ('INDIVIDUAL', p.idt, p.idn, name if name is not None else p.name, p.dob, p.gender, p.nat, p.pr)

    def name_for(self, p, c, channel):
        """Name as the carrier exports it; returns (string, deviates_from_carrier_style)."""
        r = self.r
        P = self.P
        if p.foreign:
            return (p.name if r.random() < 0.8 else p.name.title()), False
        style = CARRIER_INFO[c][6]
        if style == 'proper':
            u = r.random()
            if channel in ('AGENT', 'STORE') and u < P['name_agent_ascii_p']:
                return render_name(p.name, 'ascii' if r.random() < 0.6 else 'upper_ascii'), True
            u = r.random()
            if u < P['name_nfd_p'] and channel in ('EKYC_APP', 'ONLINE'):
                return render_name(p.name, 'nfd'), True
            if u < P['name_nfd_p'] + P['name_double_space_p']:
                return render_name(p.name, 'spaces'), True
            if u < P['name_nfd_p'] + P['name_double_space_p'] + 0.01:
                return render_name(p.name, 'upper'), True
            return p.name, False
        return render_name(p.name, style), False

    # ------------------------------------------------------------------ faces
    def capture_of(self, face):
        return '%016x' % (face ^ flips(self.r, self.capture.pick(self.r)))

    def fm_genuine(self, age=40):
        r = self.r
        if r.random() < (0.06 if age < 60 else 0.15):
            v = r.gauss(0.72, 0.08)
        else:
            v = r.gauss(0.905, 0.045)
        return '%.3f' % min(0.998, max(0.35, v))

    def fm_other(self):
        return '%.3f' % min(0.55, max(0.02, self.r.gauss(0.25, 0.12)))

    def fm_photo(self):
        return '%.3f' % min(0.97, max(0.55, self.r.gauss(0.82, 0.07)))

    # ------------------------------------------------------------------ usage profiles
    # usage = (first_use_imei, active, out_calls, in_calls, out_sms, in_sms, distinct, topup, data)
    def topup(self):
        r = self.r
        u = r.random()
        if u < 0.08:
            return 0
        v = r.choice((10000, 20000, 20000, 30000, 50000, 50000, 50000, 100000, 100000, 120000, 150000, 200000, 300000, 500000))
        if r.random() < 0.35:
            v += r.choice((10000, 20000, 50000, 100000))
        return v

    def u_normal(self, phone, postpaid, age, level=1.0):
        r = self.r
        active = 30 - min(29, int(r.expovariate(0.45)))
        f = active / 30.0
        oc = int(LN(r, 45 * level, 0.8) * f)
        ic = int(LN(r, 50 * level, 0.8) * f)
        os_ = int(LN(r, 5, 1.1) * f)
        ins = int(LN(r, 30, 0.7) * f)
        dc = min(oc, max(1 if oc else 0, int(LN(r, 14 * math.sqrt(level), 0.6))))
        top = 0 if postpaid else self.topup()
        data = int(LN(r, 4000 if age < 50 else (1200 if age < 65 else 250), 1.1) * f * level)
        return (phone, active, oc, ic, os_, ins, dc, top, data)

    def u_data_only(self, dev):
        r = self.r
        active = 30 - min(29, int(r.expovariate(0.3)))
        f = active / 30.0
        return (dev, active, 0, 0 if r.random() < 0.9 else 1, 0, int(LN(r, 5, 0.7)), 0,
                r.choice((70000, 90000, 120000, 150000, 200000)) if r.random() < 0.85 else 0,
                int(LN(r, 15000, 0.8) * f))

    def u_backup(self, phone):
        r = self.r
        if r.random() < 0.2:
            return ('', 0, 0, 0, 0, 0, 0, 0, 0)
        active = r.randint(1, 4)
        oc = r.choice((0, 0, 0, 1, 2))
        return (phone, active, oc, r.randint(0, 3), 0, r.randint(0, 8), min(oc, 1), 0 if r.random() < 0.85 else 10000,
                r.randint(0, 30))

    def u_never(self):
        return ('', 0, 0, 0, 0, 0, 0, 0, 0)

    def u_throwaway(self, phone=None):
        r = self.r
        active = r.randint(2, 20)
        oc = int(LN(r, 15, 0.9))
        return (phone or self.imeis.new_phone(), active, oc, int(LN(r, 5, 1.0)), int(LN(r, 3, 1.0)), int(LN(r, 10, 0.8)),
                min(oc, max(1 if oc else 0, int(LN(r, 8, 0.7)))), 0 if r.random() < 0.6 else r.choice((10000, 20000, 50000)),
                int(LN(r, 500, 1.2)))

    def u_spam(self, dev):
        r = self.r
        dg = self.P['disguise']
        active = r.randint(15, 30)
        oc = int(LN(r, 900 * (1 - 0.7 * dg), 0.5))
        os_ = 0 if r.random() < 0.5 else int(LN(r, 600 * (1 - 0.7 * dg), 0.6))
        ic = r.randint(0, 8) if r.random() > dg else int(LN(r, 20, 0.7))
        dc = int((oc + os_ * 0.5) * r.uniform(0.7, 0.98))
        top = 0 if r.random() > dg * 0.5 else r.choice((10000, 20000))
        return (dev, active, oc, ic, os_, r.randint(0, 5), dc, top, 0 if r.random() > dg else r.randint(0, 200))

    def u_otp(self, dev):
        r = self.r
        dg = self.P['disguise']
        return (dev, r.randint(5, 30), 0 if r.random() > dg * 0.5 else r.randint(0, 3), r.randint(0, 2),
                0 if r.random() > dg * 0.5 else r.randint(0, 4), int(LN(r, 150, 0.7)), 0, 0,
                0 if r.random() > dg else r.randint(0, 100))

    def u_scam(self, dev):
        r = self.r
        active = r.randint(5, 25)
        oc = int(LN(r, 200, 0.7))
        return (dev, active, oc, int(LN(r, 10, 0.8)), int(LN(r, 20, 1.0)), int(LN(r, 15, 0.8)),
                int(oc * r.uniform(0.6, 0.95)), 0 if r.random() < 0.8 else r.choice((20000, 50000, 100000)),
                int(LN(r, 200, 1.0)))

    def u_iot(self, dev, data_med=40):
        r = self.r
        return (dev, r.randint(27, 30), 0, 0, r.randint(0, 60) if r.random() < 0.4 else 0, r.randint(0, 5), 0, 0,
                int(LN(r, data_med, 0.8)))

    def u_callcenter(self, dev):
        r = self.r
        active = r.randint(20, 26)
        oc = int(LN(r, 1200, 0.4))
        return (dev, active, oc, int(LN(r, 80, 0.6)), int(LN(r, 5, 1.0)), int(LN(r, 10, 0.7)), int(oc * r.uniform(0.7, 0.92)),
                0, int(LN(r, 50, 1.0)))

    def criminal_port(self):
        """A SIM-box port in a criminal gateway pool that buys resold SIMs."""
        r = self.r
        if not self.gateways or (len(self.gateways) < 400 and r.random() < 0.08):
            self.gateways.extend(self.imeis.device_block('gateway', r.choice((8, 16, 32))))
        return self.gateways[r.randrange(len(self.gateways))]

    def resold_usage(self):
        k = self.resold_wc.pick(self.r)
        if k == 'never':
            return self.u_never()
        if k == 'throwaway':
            return self.u_throwaway()
        if k == 'spam':
            return self.u_spam(self.criminal_port())
        return self.u_otp(self.criminal_port())

    def resold_status(self, usage):
        s = self.resold_status_wc.pick(self.r)
        if usage[1] > 0 and s == 'TERMINATED':
            return 'TWO_WAY_LOCKED'
        return s

    # ------------------------------------------------------------------ genuine fields
    def popdb_genuine(self, p):
        r = self.r
        u = r.random()
        if p.idt == 'PASSPORT':
            return 'UNCHECKED' if u < 0.85 else 'NOT_FOUND'
        if p.idt == 'CMND':
            return 'MATCH' if u < 0.85 else ('MISMATCH' if u < 0.93 else ('NOT_FOUND' if u < 0.97 else 'UNCHECKED'))
        return 'MATCH' if u < 0.975 else ('MISMATCH' if u < 0.982 else ('NOT_FOUND' if u < 0.985 else 'UNCHECKED'))

    # ------------------------------------------------------------------ output
    def bucket_file(self, b):
        f = self._open_files.get(b)
        if f is None:
            f = open(os.path.join(self.tmpdir, 'b%05d' % b), 'a', encoding='utf-8', newline='')
            self._open_files[b] = f
        return f

    def write(self, c, nat, t, doc, channel, agent_id, device, selfie, fm, popdb, sim, status, usage,
              label=None, kit_ok=False):
        """sim: (iccid, imsi) explicit, or an int stock id resolved in time order at the end.
        nat: 9-digit national number, or None to take it from the stock's number kit."""
        P = self.P
        r = self.r
        self.seq += 1
        if nat is None and not (isinstance(sim, int) and self.stocks[sim][4] is not None):
            nat = self.new_msisdn(c)
        if isinstance(sim, int):
            iccid = '\x01%d\x01' % sim
            imsi = '\x02'
        else:
            iccid, imsi = sim
        msisdn = '\x03' if nat is None else self.fmt_msisdn(c, nat)
        # optional-field gaps as carriers send them
        if device and r.random() < P['device_missing_p']:
            device = ''
        if selfie and r.random() < P['selfie_missing_p'].get(channel, 0):
            selfie = ''
            fm = ''
        if fm and r.random() < P['face_match_missing_p']:
            fm = ''
        if popdb and r.random() < P['popdb_blank_p']:
            popdb = '' if r.random() < 0.5 else 'UNCHECKED'
        stype, idt, idn, name, dob, gender, natn, prov = doc
        if c == 'VIETNAMOBILE':   # this carrier leaves defaults empty
            if stype == 'INDIVIDUAL':
                stype = ''
            if natn == 'VN':
                natn = ''
            if status == 'ACTIVE':
                status = ''
        # usage window relative to export time (= end of period)
        uf = [''] * 9
        if usage is not None:
            uf[0] = usage[0]
            if uf[0] and r.random() < P['first_use_missing_p']:
                uf[0] = ''
            elapsed = self.t_end - t
            if c not in self.usage_missing and elapsed >= P['usage_blank_days'] * DAY:
                if elapsed < 30 * DAY:
                    f = elapsed / (30.0 * DAY)
                    ed = int(elapsed // DAY) + 1
                    vals = [min(usage[1], ed)] + [int(round(v * f)) for v in usage[2:8]] + [int(round(usage[8] * f))]
                    vals[6] = usage[7]  # top-ups are events, keep them
                    if vals[5] > vals[1] + vals[3]:
                        vals[5] = vals[1] + vals[3]
                else:
                    vals = list(usage[1:])
                fm_p = P['usage_field_missing_p']
                for i, v in enumerate(vals):
                    uf[i + 1] = '' if r.random() < fm_p else str(v)
        row = [msisdn, CARRIER_INFO[c][0] if c in CARRIER_INFO else c, self.ts(t), stype, idt, idn, csvq(name), dob,
               gender, natn, prov, channel, agent_id, device, selfie, fm, popdb, iccid, imsi, status] + uf
        lab = ''
        if label is not None:
            j, n, pat = label
            lab = '%s|%s|%d,%d,%s' % (c, nat if nat is not None else '\x03', j, n, pat)
            self.counts[pat] = self.counts.get(pat, 0) + 1
            self.n_subs += 1
        self.n_rows += 1
        b = 0 if t < 0 else 1 + t // DAY
        self.bucket_file(b).write('%012d\t%09d\t%s\t%s\n' % (t + 10 ** 10, self.seq, ','.join(row), lab))

    # ------------------------------------------------------------------ points of sale
    def build_pos(self):
        r = self.r
        P = self.P
        self.pos_all = []
        self.pos_by = {}          # (carrier, prov) -> WC
        self.pos_carrier = {}     # carrier -> WC
        self.agents = {}          # carrier -> list of AGENT POS
        self.stores = {}          # carrier -> list of STORE POS
        inperson = P['channel_mix']['STORE'] + P['channel_mix']['AGENT']
        share_tot = sum(P['carrier_share'].values())
        for c in CARRIERS:
            n = max(3, int(round(self.N * P['carrier_share'][c] / share_tot * inperson / P['pos_subs_per_pos'])))
            lst = []
            for i in range(n):
                p = Pos()
                p.carrier = c
                p.kind = 'STORE' if (i == 0 or r.random() < P['pos_store_frac']) else 'AGENT'
                if i == 1:
                    p.kind = 'AGENT'
                p.prov = self.prov_pos_wc.pick(r)
                p.code = '%s-%s-%s-%05d' % (CARRIER_INFO[c][7], 'CH' if p.kind == 'STORE' else 'DL', p.prov, r.randrange(100000))
                p.weight = min(150.0, r.paretovariate(P['pos_pareto_alpha']))
                if p.kind == 'STORE':
                    p.weight *= 2.0
                nd = 1 + min(3, int(p.weight // 4))
                p.devices = [self.imeis.new_phone() for _ in range(nd)]
                p.dwc = WC([(d, 3.0 if k == 0 else 1.0) for k, d in enumerate(p.devices)])
                p.stock = self.new_stock(c, 100)
                p.busy = False
                lst.append(p)
            order = sorted(range(n), key=lambda k: (-lst[k].weight, k))
            for k in order[:max(1, int(n * P['pos_busy_frac']))]:
                if n >= 20:
                    lst[k].busy = True
            self.pos_all.extend(lst)
            self.pos_carrier[c] = WC([(p, p.weight) for p in lst])
            self.agents[c] = [p for p in lst if p.kind == 'AGENT']
            self.stores[c] = [p for p in lst if p.kind == 'STORE']
            byprov = {}
            for p in lst:
                byprov.setdefault(p.prov, []).append(p)
            for prov, ps in byprov.items():
                self.pos_by[(c, prov)] = WC([(p, p.weight) for p in ps])

    def pick_pos(self, c, prov, kind=None):
        r = self.r
        for _ in range(6):
            if r.random() < self.P['pos_local_p'] and (c, prov) in self.pos_by:
                p = self.pos_by[(c, prov)].pick(r)
            else:
                p = self.pos_carrier[c].pick(r)
            if kind is None or p.kind == kind:
                return p
        lst = self.stores[c] if kind == 'STORE' else self.agents[c]
        return lst[r.randrange(len(lst))]

    # ------------------------------------------------------------------ one ordinary registration
    def reg_legit(self, p, c, t, channel, role, label_pat, pos=None, device=None, postpaid=False,
                  usage_phone=None, sim=None, nat=None, status=None, popdb=None, doc=None, name_info=None):
        r = self.r
        if channel in ('STORE', 'AGENT'):
            if pos is None:
                pos = self.pick_pos(c, p.pr, channel)
            agent_id = pos.code
            dev = device or pos.dwc.pick(r)
            if sim is None:
                sim = pos.stock
        else:
            agent_id = ''
            if channel == 'ONLINE':
                dev = device if device is not None else (p.phone if r.random() < 0.5 else '')
                if sim is None:
                    sim = self.warehouse[c]
            else:
                dev = device or p.phone
                if sim is None:
                    lst = self.retail[c]
                    sim = lst[r.randrange(len(lst))]
        selfie = self.capture_of(p.face)
        fm = self.fm_genuine(p.age)
        if name_info is None:
            name, variant = self.name_for(p, c, channel)
        else:
            name, variant = name_info
        if popdb is None:
            popdb = self.popdb_genuine(p)
        if status is None:
            status = self.status_wc.pick(r)
            if popdb in ('MISMATCH', 'NOT_FOUND') and r.random() < 0.3:
                status = 'ONE_WAY_LOCKED'
        ph = usage_phone or p.phone
        if role == 'primary':
            usage = self.u_normal(ph, postpaid, p.age)
        elif role == 'secondary':
            usage = self.u_normal(ph, postpaid, p.age, level=0.35)
        elif role == 'data_only':
            usage = self.u_data_only(self.imeis.device_block('router', 1)[0] if r.random() < 0.6 else self.imeis.new_phone())
        elif role == 'backup':
            usage = self.u_backup(ph)
        elif role == 'elderly':
            usage = self.u_normal(ph, postpaid, max(p.age, 70), level=0.4)
        else:
            usage = self.u_normal(ph, postpaid, p.age)
        if status == 'TERMINATED':
            usage = (usage[0],) + tuple(int(v * 0.3) for v in usage[1:])
        pat = label_pat
        if pat == 'clean':
            if variant:
                pat = 'name_variant'
            elif p.foreign:
                pat = 'foreigner'
            elif pos is not None and pos.busy:
                pat = 'busy_shop'
        d = doc or self.doc(p, name)
        if doc is not None:
            d = doc
        self.write(c, nat, t, d, channel, agent_id, dev, selfie, fm, popdb, sim, status, usage, (0, 0, pat))
        return selfie, fm, name, sim

    # ------------------------------------------------------------------ ordinary person with k SIMs
    def legit_person(self, p=None, k=None):
        r = self.r
        P = self.P
        if p is None:
            if self.pool_i < len(self.pool):
                p = self.pool[self.pool_i]
                self.pool_i += 1
            else:
                p = self.new_person()
        if k is None:
            k = self.sims_wc.pick(r)
        postpaid = r.random() < P['p_postpaid']
        per_carrier = {}
        primary_c = self.carrier_wc.pick(r)
        last = None
        phones = [p.phone]       # a dual-SIM phone takes two SIMs; more SIMs live in other devices
        for i in range(k):
            if i // 2 >= len(phones):
                phones.append(self.imeis.new_phone())
            uphone = phones[i // 2]
            if i == 0:
                c = primary_c
                role = 'primary'
            else:
                c = primary_c if r.random() < P['same_carrier_extra_p'] else self.carrier_wc.pick(r)
                role = self.role_wc.pick(r)
            n_here = per_carrier.get(c, 0)
            per_carrier[c] = n_here + 1
            if p.foreign:
                channel = self.inperson_wc.pick(r)
            else:
                channel = self.channel_wc.pick(r)
                if p.age >= 60 and channel in ('EKYC_APP', 'ONLINE') and r.random() < 0.6:
                    channel = self.inperson_wc.pick(r)
                if n_here >= 3 and channel in ('EKYC_APP', 'ONLINE'):   # Decree 163 Art. 16(3)
                    channel = self.inperson_wc.pick(r)
            label = 'clean' if k <= 2 else 'multi_sim_legal'
            if role == 'data_only':
                label = 'data_only'
            elif role == 'backup':
                label = 'backup_sim'
            same_visit = (last is not None and last[1] == c and last[2] in ('STORE', 'AGENT')
                          and r.random() < P['same_visit_p'])
            if same_visit:
                channel = last[2]
                t = self.clamp(last[0] + r.randint(40, 400))
                pos = last[3]
            else:
                t = self.sample_t(channel)
                pos = self.pick_pos(c, p.pr, channel) if channel in ('STORE', 'AGENT') else None
            u = r.random()
            if u < P['typo_p']:
                if label in ('clean', 'multi_sim_legal') and not p.foreign:
                    self.reg_typo(p, c, t, channel, pos, role, postpaid, uphone)
                else:
                    self.reg_legit(p, c, t, channel, role, label, pos=pos, postpaid=postpaid, usage_phone=uphone)
            elif u < P['typo_p'] + P['transfer_p']:
                self.reg_transfer(p, c, t, channel, pos, role, postpaid, uphone)
            elif u < P['typo_p'] + P['transfer_p'] + P['doc_update_p'] and p.idt == 'CCCD' and p.age >= 28:
                self.reg_doc_update(p, c, t, role, postpaid, uphone)
            else:
                self.reg_legit(p, c, t, channel, role, label, pos=pos, postpaid=postpaid, usage_phone=uphone)
            last = (t, c, channel, pos)
        return p

    def reg_typo(self, p, c, t, channel, pos, role, postpaid, uphone=None):
        r = self.r
        kind = r.random()
        name, _ = self.name_for(p, c, channel)
        idn, dob = p.idn, p.dob
        if kind < 0.45 and len(idn) >= 9:
            pos_i = r.randrange(3 if p.idt == 'CCCD' else 2, len(idn))   # never the CCCD province digits
            digits = '0123456789'.replace(idn[pos_i], '')
            if p.idt == 'CCCD' and pos_i == 3:
                digits = str(int(idn[3]) ^ 1)      # gender/century digit: 0<->1, 2<->3
            idn = idn[:pos_i] + r.choice(digits) + idn[pos_i + 1:]
        elif kind < 0.8:
            words = name.split()
            w = r.randrange(len(words))
            s = words[w]
            if len(s) > 2 and r.random() < 0.5:
                j = r.randrange(1, len(s))
                s = s[:j - 1] + s[j:]                   # dropped letter
            else:
                s = strip_dia(s) if strip_dia(s) != s else s + s[-1]   # lost diacritic / doubled letter
            words[w] = s
            name = ' '.join(words)
        else:
            y, m, d = p.dob.split('-')
            if int(d) <= 12 and d != m:
                dob = '%s-%s-%s' % (y, d, m)             # day and month swapped
            else:
                dd = max(1, min(28, int(d) + r.choice((-1, 1))))
                dob = '%s-%s-%02d' % (y, m, dd)
        popdb = 'MISMATCH' if r.random() < 0.85 else 'NOT_FOUND'
        doc = ('INDIVIDUAL', p.idt, idn, name, dob, p.gender, p.nat, p.pr)
        status = 'ONE_WAY_LOCKED' if r.random() < 0.25 else 'ACTIVE'
        self.reg_legit(p, c, t, channel, role, 'clerical_typo', pos=pos, postpaid=postpaid, popdb=popdb,
                       status=status, doc=doc, usage_phone=uphone)

    def reg_transfer(self, p, c, t, channel, pos, role, postpaid, uphone=None):
        """The number had an earlier owner: a history row, then the current owner's row."""
        r = self.r
        nat = self.new_msisdn(c)
        u = r.random()
        keep_sim = False
        if u < 0.55:
            # recycled number: revoked years ago, reissued on a new SIM
            back = r.randint(400, 3500)
            t_old = -back * DAY + self.sample_t('AGENT', 0) % DAY
            old = self.new_person(age=self.adult_age() + back // 365)
            junk_old = r.random() < self.P['transfer_old_junk_p']
            if junk_old:   # a pre-activated junk SIM revoked in the 2023 clean-up
                popdb_old, st_old = r.choice(('NOT_FOUND', 'MISMATCH')), 'TERMINATED'
            else:
                popdb_old, st_old = ('UNCHECKED' if t_old < -700 * DAY else 'MATCH'), 'TERMINATED'
            if old.idt == 'CCCD' and (self.start - timedelta(back)).year < 2021 and r.random() < 0.9:
                old.idt, old.idn = 'CMND', self.cmnd9(old.pr)
            sim_old = self.legacy_sim(c)
            ch_old = 'AGENT'
            pos_old = self.pick_pos(c, old.pr, 'AGENT')
            selfie_old, fm_old = ('', '') if t_old < -1000 * DAY else (self.capture_of(old.face), self.fm_genuine(old.age))
            self.write(c, nat, t_old, self.doc(old, render_name(old.name, r.choice(('proper', 'upper', 'ascii')))), ch_old,
                       pos_old.code, pos_old.dwc.pick(r), selfie_old, fm_old, popdb_old, sim_old, st_old, None)
        else:
            # contract transfer: the old owner (relative, seller) hands the number over at a store
            keep_sim = r.random() < 0.6
            if t > 20 * DAY and r.random() < 0.4:
                back = 0
                t_old = r.randint(0, t - 10 * DAY)
            else:
                back = r.randint(60, 2000)
                t_old = -back * DAY + self.sample_t('STORE', 0) % DAY
            old = self.new_person(age=self.adult_age() + back // 365)
            if old.idt == 'CCCD' and (self.start - timedelta(back)).year < 2021 and r.random() < 0.9:
                old.idt, old.idn = 'CMND', self.cmnd9(old.pr)
            sim_old = self.legacy_sim(c) if t_old < 0 else self.explicit_sim(c)
            pos_old = self.pick_pos(c, old.pr, 'AGENT')
            self.write(c, nat, t_old, self.doc(old, self.name_for(old, c, 'AGENT')[0]), 'AGENT', pos_old.code,
                       pos_old.dwc.pick(r), self.capture_of(old.face), self.fm_genuine(old.age),
                       self.popdb_genuine(old), sim_old, 'ACTIVE' if r.random() < 0.3 else 'TERMINATED', None)
            channel = 'STORE'
            pos = self.pick_pos(c, p.pr, 'STORE')
            if t <= t_old:
                t = self.clamp(t_old + r.randint(1, 30) * DAY)
        sim = sim_old if keep_sim else None
        self.reg_legit(p, c, t, channel, role, 'ownership_transfer', pos=pos, postpaid=postpaid, sim=sim, nat=nat,
                       usage_phone=uphone)

    def reg_doc_update(self, p, c, t, role, postpaid, uphone=None):
        """Same holder: an old CMND registration, re-registered on the 12-digit CCCD."""
        r = self.r
        nat = self.new_msisdn(c)
        sim = self.legacy_sim(c)
        t_old = -r.randint(900, 3500) * DAY + self.sample_t('AGENT', 0) % DAY
        pos_old = self.pick_pos(c, p.pr, 'AGENT')
        old_doc = ('INDIVIDUAL', 'CMND', self.cmnd9(p.pr), render_name(p.name, r.choice(('proper', 'upper', 'upper_ascii'))),
                   p.dob, p.gender, 'VN', p.pr)
        self.write(c, nat, t_old, old_doc, 'AGENT', pos_old.code, pos_old.dwc.pick(r), '', '', 'UNCHECKED', sim,
                   'ACTIVE', None)
        channel = 'STORE' if r.random() < 0.6 else 'EKYC_APP'
        self.reg_legit(p, c, t, channel, role, 'doc_update', postpaid=postpaid, sim=sim if r.random() < 0.8 else None,
                       nat=nat, usage_phone=uphone)

    # ------------------------------------------------------------------ family self-service
    def family_unit(self):
        r = self.r
        P = self.P
        parent = self.new_person(age=r.randint(32, 60), foreign=False)
        self.legit_person(parent, k=max(1, self.sims_wc.pick(r) - 1))
        rel = []
        nrel = r.choice((1, 1, 2, 2, 2, 3, 3, 4))
        father_fam = parent.fam if parent.gender == 'M' else self.fam_wc.pick(r)
        spouse_done = False
        for _ in range(nrel):
            u = r.random()
            if u < 0.35 and not spouse_done:
                spouse_done = True
                g = 'F' if parent.gender == 'M' else 'M'
                rel.append((self.new_person(age=max(20, parent.age + r.randint(-6, 4)), gender=g, pr=parent.pr,
                                            fam=None if g == 'F' else father_fam, foreign=False), 'primary'))
            elif u < 0.75 and parent.age >= 36:
                lo = 10 if r.random() < P['family_under14_p'] else 14
                a = r.randint(lo, min(24, parent.age - 20))
                rel.append((self.new_person(age=a, fam=father_fam, pr=parent.pr, foreign=False, allow_cmnd=False), 'primary'))
            else:
                a = min(92, parent.age + r.randint(22, 32))
                rel.append((self.new_person(age=a, fam=parent.fam if parent.gender == 'M' else None, pr=parent.pr,
                                            foreign=False), 'elderly'))
        c = self.carrier_wc.pick(r)
        same_evening = r.random() < P['family_same_evening_p']
        t = self.sample_t('EKYC_APP')
        old_phone = self.imeis.new_phone()
        for p, role in rel:
            if not same_evening:
                t = self.sample_t('EKYC_APP')
            else:
                t = self.clamp(t + r.randint(90, 900))
            cc = c if r.random() < 0.8 else self.carrier_wc.pick(r)
            channel = 'EKYC_APP' if r.random() < 0.85 else 'ONLINE'
            ph = p.phone if r.random() < 0.7 else old_phone
            self.reg_legit(p, cc, t, channel, role, 'family_selfservice', device=parent.phone, usage_phone=ph)

    # ------------------------------------------------------------------ organisations
    def organisations(self):
        r = self.r
        P = self.P
        for kind, frac in P['org_frac'].items():
            target = int(round(self.N * frac))
            made = 0
            while made < target:
                made += self.org(kind, self.cap(P['org_size'][kind], target - made, target))

    def org(self, kind, size):
        r = self.r
        P = self.P
        prov = self.prov_pos_wc.pick(r)
        tax = TAX_PREFIX.get(prov, '%02d' % r.randrange(5, 70)) + str(r.randrange(10 ** 8)).zfill(8)
        if r.random() < 0.05:
            tax += '-%03d' % r.randint(1, 30)
        name = '%s %s %s' % (r.choice(ORG_FORM), r.choice(ORG_BUSINESS[kind]), r.choice(ORG_BRAND))
        if r.random() < 0.08:
            name += ', Chi nhánh ' + PROV_NAME[prov]
        if name.startswith(('CÔNG', 'TỔNG')):
            name = name.upper()
        doc = ('ORGANIZATION', 'ORG', tax, name, '', '', 'VN', prov)
        rep = self.new_person(age=r.randint(28, 60), pr=prov, foreign=False)
        c = self.carrier_wc.pick(r) if r.random() < 0.3 else r.choice(BIG3)
        channel = 'STORE' if r.random() < 0.8 else 'AGENT'
        pos = self.pick_pos(c, prov, channel)
        if r.random() < P['org_kit_p']:
            sid = self.new_stock(c, size + 10, skip_p=0.01, kit=self.kit(c, size + 10))
        else:
            sid = self.new_stock(c, size + 10, skip_p=0.02)
        # first-use devices
        tracker = False
        if kind == 'org_iot':
            devs = self.imeis.device_block('iot', size)
        elif kind == 'org_fleet':
            tracker = r.random() < 0.7
            devs = self.imeis.device_block('tracker', size) if tracker else [self.imeis.new_phone() for _ in range(size)]
        elif kind == 'org_callcenter' and r.random() < P['org_gateway_p']:
            devs = self.imeis.device_block('gateway', size)
        else:
            devs = [self.imeis.new_phone() for _ in range(size)]
        sessions = r.choice((1, 1, 2, 3, 4)) if size > 30 else 1
        per = [size // sessions + (1 if i < size % sessions else 0) for i in range(sessions)]
        rep_selfie = r.random() < P['org_rep_selfie_p']
        org_popdb = 'UNCHECKED' if r.random() < 0.5 else 'MATCH'
        dev = pos.dwc.pick(r)
        i = 0
        for n in per:
            day = self.busday_wc.pick(r)
            t = day * DAY + r.randint(8 * 3600, 15 * 3600)
            for _ in range(n):
                t = self.clamp(t + r.randint(15, 75))
                if rep_selfie:
                    selfie, fm = self.capture_of(rep.face), self.fm_genuine(rep.age)
                else:
                    selfie, fm = '', ''
                popdb = org_popdb
                d = devs[i]
                if kind == 'org_iot':
                    usage = self.u_iot(d)
                elif kind == 'org_fleet':
                    usage = self.u_iot(d, 100) if tracker else self.u_normal(d, True, 40, level=1.2)
                elif kind == 'org_callcenter':
                    usage = self.u_callcenter(d)
                else:
                    usage = self.u_normal(d, True, 40)
                status = 'ACTIVE' if r.random() < 0.98 else 'TERMINATED'
                self.write(c, None, t, doc, channel, pos.code, dev, selfie, fm, popdb, sid, status, usage,
                           (0, 0, kind))
                i += 1
        return size

    # ------------------------------------------------------------------ fraud helpers
    def cap(self, spec, rem, target):
        """Group size: log-normal, but the last group of a pattern only tops up the budget
        (groups smaller than the usual minimum only when the whole budget is small)."""
        size = lnsize(self.r, spec)
        floor = spec[1] if target >= 4 * spec[1] else 1
        return max(1, min(size, max(floor, int(math.ceil(rem)))))

    def fraud_time_series(self, n, profile_hours='AGENT'):
        """Times for n registrations by one actor: a burst or a spread over days."""
        r = self.r
        P = self.P
        if r.random() < P['burst_p']:
            gaps = [max(8, int(LN(r, P['burst_gap_median_s'], 0.7))) for _ in range(n)]
            # a burst may take several sittings if large
            total = sum(gaps)
            hours = 'NIGHT' if r.random() < P['burst_night_p'] else profile_hours
            t0 = self.sample_t(hours)
            if t0 + total >= self.t_end:
                t0 = max(0, self.t_end - total - r.randrange(3600))
            ts = []
            t = t0
            for g in gaps:
                t += g
                ts.append(self.clamp(t))
            return ts, True
        lo, hi = P['spread_days']
        span = r.randint(lo, hi)
        d0 = r.randrange(max(1, self.days - span))
        ts = sorted(self.sample_t(profile_hours, min(self.days - 1, d0 + r.randrange(span))) for _ in range(n))
        return ts, False

    def fraud_dealer(self, c):
        lst = self.agents[c] if self.agents[c] and self.r.random() < 0.9 else self.stores[c]
        return lst[self.r.randrange(len(lst))]

    def face_selfie(self, mode, victim=None, op_face=None, stock=None, flower=None):
        r = self.r
        if mode == 'operator':
            return self.capture_of(op_face), self.fm_other()
        if mode == 'replay':   # photo of the victim's ID-card photo held to the camera
            return '%016x' % (victim.face ^ flips(r, r.randint(5, 10))), self.fm_photo()
        if mode == 'stock':
            return self.capture_of(stock[r.randrange(len(stock))]), '%.3f' % r.uniform(0.55, 0.93)
        if mode == 'flower':
            return '%016x' % (flower ^ flips(r, r.randint(0, 3))), '%.3f' % r.uniform(0.0, 0.18)
        if mode == 'genuine':
            return self.capture_of(victim.face), self.fm_genuine(victim.age)
        raise ValueError(mode)

    def victim(self):
        if self.r.random() < self.P['leak_victim_in_batch_p']:
            return self.pool_person()
        return self.new_person(age=self.adult_age(), foreign=False)

    # ------------------------------------------------------------------ pattern: pre-activation on fabricated docs
    def preact_fabricated(self, size):
        r = self.r
        P = self.P
        c = self.fraud_carrier_wc.pick(r)
        pos = self.fraud_dealer(c)
        dev = pos.dwc.pick(r) if r.random() < 0.8 else self.imeis.new_phone()
        kit = self.kit(c, size) if r.random() < 0.5 else None
        sid = self.new_stock(c, size + 5, skip_p=0.02, kit=kit, refill=True)
        lo, hi = P['fab_stock_faces']
        stock = [r.getrandbits(64) for _ in range(r.randint(lo, hi))]
        flower = r.getrandbits(64)
        popdb_wc = wc_dict(P['fab_popdb'])
        cons_wc = wc_dict(P['fab_consistency'])
        form_wc = wc_dict(P['fab_name_form'])
        form = form_wc.pick(r)
        template = None
        if r.random() < P['fab_template_p']:
            template = [self.new_person(age=r.randint(20, 60), pr=pos.prov, foreign=False, allow_cmnd=False)
                        for _ in range(r.randint(1, 4))]
        ts, burst = self.fraud_time_series(size)
        for t in ts:
            if template:
                base = template[r.randrange(len(template))]
                name, dob, g, by = base.name, base.dob, base.gender, base.by
                prov_b = base.pb
            else:
                fake = self.new_person(age=r.randint(18, 70), pr=pos.prov, foreign=False, allow_cmnd=False)
                name, dob, g, by, prov_b = fake.name, fake.dob, fake.gender, fake.by, fake.pb
            if r.random() < 0.5:
                prov_b = pos.prov
            cons = cons_wc.pick(r)
            if r.random() < P['fab_cmnd_p']:
                idt, idn = 'CMND', self.cmnd9(pos.prov)
            else:
                idt = 'CCCD'
                gg = g if cons != 'gender' else ('F' if g == 'M' else 'M')
                yy = by if cons != 'year' else by + r.choice((-11, -3, -1, 1, 2, 10))
                idn = self.cccd(prov_b, yy, gg)
            mode = 'flower' if r.random() < P['fab_flower_p'] else 'stock'
            selfie, fm = self.face_selfie(mode, stock=stock, flower=flower)
            usage = self.resold_usage()
            doc = ('INDIVIDUAL', idt, idn, render_name(name, form), dob, g, 'VN', pos.prov if r.random() < 0.8 else prov_b)
            self.write(c, None, t, doc, pos.kind, pos.code, dev, selfie, fm, popdb_wc.pick(r), sid,
                       self.resold_status(usage), usage, (1, 0, 'preact_fabricated'))
        return size

    # ------------------------------------------------------------------ pattern: pre-activation on leaked real docs
    def preact_leaked(self, size):
        r = self.r
        P = self.P
        c = self.fraud_carrier_wc.pick(r)
        pos = self.fraud_dealer(c)
        dev = pos.dwc.pick(r) if r.random() < 0.8 else self.imeis.new_phone()
        kit = self.kit(c, size) if r.random() < 0.4 else None
        sid = self.new_stock(c, size + 5, skip_p=0.02, kit=kit)
        face_wc = wc_dict(P['leak_face'])
        op_faces = [r.getrandbits(64) for _ in range(r.randint(1, 3))]
        stock = [r.getrandbits(64) for _ in range(r.randint(3, 12))]
        ts, burst = self.fraud_time_series(size)
        made = 0
        victims = []
        for t in ts:
            v = self.victim()
            victims.append(v)
            mode = face_wc.pick(r)
            selfie, fm = self.face_selfie(mode, victim=v, op_face=op_faces[r.randrange(len(op_faces))], stock=stock)
            name = render_name(v.name, r.choice(('proper', 'proper', 'ascii', 'upper_ascii', 'upper')))
            u = r.random()
            popdb = 'MATCH' if u < 0.88 else ('MISMATCH' if u < 0.96 else 'UNCHECKED')
            usage = self.resold_usage()
            prov = v.pr if r.random() < 0.5 else pos.prov
            doc = ('INDIVIDUAL', v.idt, v.idn, name, v.dob, v.gender, 'VN', prov)
            self.write(c, None, t, doc, pos.kind, pos.code, dev, selfie, fm, popdb, sid, self.resold_status(usage),
                       usage, (1, 1, 'preact_leaked'))
            made += 1
        # the same leaked documents circulate to other dealers (other provinces, other carriers)
        for v in victims:
            if made >= size * 1.3 or r.random() >= P['leak_multi_dealer_p']:
                continue
            for _ in range(r.randint(1, 2)):
                c2 = self.fraud_carrier_wc.pick(r)
                pos2 = self.fraud_dealer(c2)
                t2 = self.clamp(ts[0] + r.randint(0, 10 * DAY) + r.randint(-2 * DAY, 2 * DAY))
                t2 = max(0, t2)
                mode = face_wc.pick(r)
                selfie, fm = self.face_selfie(mode, victim=v, op_face=r.getrandbits(64), stock=stock)
                usage = self.resold_usage()
                doc = ('INDIVIDUAL', v.idt, v.idn, render_name(v.name, r.choice(('proper', 'ascii', 'upper'))), v.dob,
                       v.gender, 'VN', pos2.prov)
                self.write(c2, None, t2, doc, pos2.kind, pos2.code, pos2.dwc.pick(r), selfie, fm, 'MATCH', pos2.stock,
                           self.resold_status(usage), usage, (1, 1, 'preact_leaked'))
                made += 1
        return made

    # ------------------------------------------------------------------ pattern: identity-theft ring
    def identity_theft_ring(self, nvict):
        r = self.r
        P = self.P
        lo, hi = P['ring_devices']
        devices = [self.imeis.new_phone() for _ in range(r.randint(lo, hi))]
        use_phones = devices + [self.imeis.new_phone() for _ in range(r.randint(2, 8))]
        op_faces = [r.getrandbits(64) for _ in range(r.choice((1, 1, 1, 2)))]
        stock = [r.getrandbits(64) for _ in range(5)]
        face_wc = wc_dict(P['ring_face'])
        usage_wc = wc_dict(P['ring_usage'])
        slo, shi = P['ring_span_days']
        span = min(self.days - 1, r.randint(slo, shi))
        d0 = r.randrange(max(1, self.days - span))
        carriers = [self.fraud_carrier_wc.pick(r) for _ in range(r.randint(1, 3))]
        made = 0
        for _ in range(nvict):
            v = self.victim()
            nsim = 1 if r.random() < 0.8 else (2 if r.random() < 0.75 else 3)
            dev = devices[r.randrange(len(devices))]
            prof = 'NIGHT' if r.random() < P['ring_night_p'] else 'EKYC_APP'
            t = self.sample_t(prof, d0 + r.randrange(span))
            for j in range(nsim):
                c = carriers[r.randrange(len(carriers))]
                channel = 'EKYC_APP' if r.random() < 0.75 else 'ONLINE'
                mode = face_wc.pick(r)
                selfie, fm = self.face_selfie(mode, victim=v, op_face=op_faces[r.randrange(len(op_faces))], stock=stock)
                u = r.random()
                popdb = 'MATCH' if u < 0.95 else 'MISMATCH'
                k = usage_wc.pick(r)
                ph = use_phones[r.randrange(len(use_phones))]
                usage = self.u_never() if k == 'never' else (self.u_scam(ph) if k == 'scam' else self.u_otp(ph))
                if k == 'otp':
                    usage = (usage[0], usage[1], 0, usage[3], 0, int(LN(r, 40, 0.7)), 0, 0, int(LN(r, 30, 1.0)))
                name = render_name(v.name, 'proper' if r.random() < 0.8 else 'ascii')
                doc = ('INDIVIDUAL', v.idt, v.idn, name, v.dob, v.gender, 'VN', v.pr)
                sim = self.warehouse[c] if channel == 'ONLINE' else self.retail[c][r.randrange(len(self.retail[c]))]
                status = 'ACTIVE' if r.random() < 0.8 else r.choice(('ONE_WAY_LOCKED', 'TWO_WAY_LOCKED'))
                self.write(c, None, self.clamp(t + j * r.randint(60, 3000)), doc, channel, '',
                           dev if channel == 'EKYC_APP' or r.random() < 0.7 else '', selfie, fm, popdb, sim, status,
                           usage, (0, 1, 'identity_theft_ring'))
                made += 1
        return made

    # ------------------------------------------------------------------ pattern: dealer adds extra SIMs to walk-ins
    def dealer_extra(self, walkins):
        r = self.r
        P = self.P
        c = self.fraud_carrier_wc.pick(r)
        pos = self.agents[c][r.randrange(len(self.agents[c]))]
        dealer_face = r.getrandbits(64)
        sel_wc = wc_dict(P['extra_selfie'])
        glo, ghi = P['extra_gap_minutes']
        made = 0
        for _ in range(walkins):
            p = self.new_person(age=self.adult_age(), pr=pos.prov)
            t = self.sample_t('AGENT')
            dev = pos.dwc.pick(r)
            selfie, fm, name, _ = self.reg_legit(p, c, t, 'AGENT', 'primary', 'clean', pos=pos, device=dev,
                                                 postpaid=False)
            if r.random() >= P['extra_rate']:
                continue
            nx = 1 if r.random() < 0.6 else (2 if r.random() < 0.75 else 3)
            tt = t
            for _ in range(nx):
                if r.random() < 0.8:
                    tt = self.clamp(tt + r.randint(glo * 60, ghi * 60))
                else:   # later that evening, after the shop quietened down
                    tt = self.clamp(t - t % DAY + r.randint(20 * 3600, 23 * 3600))
                mode = sel_wc.pick(r)
                if mode == 'replay' and selfie:
                    s2, f2 = selfie, fm
                elif mode == 'rebit' and selfie:
                    s2 = '%016x' % (int(selfie, 16) ^ flips(r, r.randint(1, 2)))
                    f2 = fm if not fm else '%.3f' % min(0.998, max(0.3, float(fm) + r.uniform(-0.01, 0.01)))
                elif mode == 'dealer':
                    s2, f2 = self.capture_of(dealer_face), self.fm_other()
                else:
                    s2, f2 = self.capture_of(p.face), self.fm_genuine(p.age)
                usage = self.resold_usage()
                doc = ('INDIVIDUAL', p.idt, p.idn, name, p.dob, p.gender, p.nat, p.pr)
                popdb = self.popdb_genuine(p)
                self.write(c, None, tt, doc, 'AGENT', pos.code, dev, s2, f2, popdb, pos.stock,
                           self.resold_status(usage), usage, (0, 1, 'dealer_extra_sim'))
                made += 1
        return made

    # ------------------------------------------------------------------ pattern: SIM farm on bought identities
    def sim_farm(self, size):
        r = self.r
        P = self.P
        spp = P['farm_sims_per_port']
        per_port = max(1, int(round(min(spp[2], max(spp[1], r.lognormvariate(math.log(spp[0]), 0.4))))))
        nports = max(1, -(-size // per_port))
        ports = []
        while len(ports) < nports:
            ports.extend(self.imeis.device_block('gateway', r.choice((8, 16, 32))))
        ports = ports[:nports]
        kind = wc_dict(P['farm_kind']).pick(r)
        face_wc = wc_dict(P['farm_face'])
        op_face = r.getrandbits(64)
        op_phones = [self.imeis.new_phone() for _ in range(r.randint(1, 3))]
        carriers = [self.fraud_carrier_wc.pick(r) for _ in range(r.randint(1, 3))]
        dealers = {}
        span = min(self.days - 1, r.randint(7, 25))
        d0 = r.randrange(max(1, self.days - span))
        made = 0
        port_i = 0
        while made < size:
            # a bought identity (often young, rural, also has his own genuine SIM)
            if r.random() < 0.5:
                v = self.pool_person()
            else:
                v = self.new_person(age=r.randint(18, 30), foreign=False)
            nsims = min(size - made, lnsize(r, P['farm_sims_per_identity']))
            mode_id = face_wc.pick(r)
            name = render_name(v.name, 'proper' if r.random() < 0.7 else 'ascii')
            per_c = {}
            via_dealer = r.random() < P['farm_route_dealer_p']
            t = self.sample_t('AGENT' if via_dealer else 'EVENING', d0 + r.randrange(span))
            for j in range(nsims):
                c = carriers[r.randrange(len(carriers))]
                n_c = per_c.get(c, 0)
                per_c[c] = n_c + 1
                if via_dealer or n_c >= 3:
                    if c not in dealers:
                        dealers[c] = self.fraud_dealer(c)
                    pos = dealers[c]
                    channel, agent_id, dev, sim = pos.kind, pos.code, pos.dwc.pick(r), pos.stock
                else:
                    channel, agent_id, dev = 'EKYC_APP', '', op_phones[r.randrange(len(op_phones))]
                    sim = self.retail[c][r.randrange(len(self.retail[c]))]
                t = self.clamp(t + r.randint(30, 600))
                selfie, fm = self.face_selfie(mode_id if r.random() < 0.85 else 'operator', victim=v, op_face=op_face)
                port = ports[port_i % len(ports)]
                port_i += 1
                usage = self.u_spam(port) if kind == 'spam' else self.u_otp(port)
                status = 'ACTIVE' if r.random() >= P['farm_lock_p'] else r.choice(('ONE_WAY_LOCKED', 'TWO_WAY_LOCKED', 'TERMINATED'))
                doc = ('INDIVIDUAL', v.idt, v.idn, name, v.dob, v.gender, 'VN', v.pr)
                popdb = 'MATCH' if r.random() < 0.95 else 'UNCHECKED'
                self.write(c, None, t, doc, channel, agent_id, dev, selfie, fm, popdb, sim, status, usage,
                           (1, 1, 'sim_farm'))
                made += 1
        return made

    # ------------------------------------------------------------------ pattern (own): dealer's own ID on many SIMs
    def agent_own_id(self, size):
        """Found by MIC inspections (July 2023): agents using their own ID to activate
        thousands of SIMs for resale.  The agent is a real person (popdb MATCH, own face),
        but strangers hold and use the SIMs: JUNK + NON_OWNER."""
        r = self.r
        c = self.fraud_carrier_wc.pick(r)
        pos = self.agents[c][r.randrange(len(self.agents[c]))]
        agent = self.new_person(age=r.randint(24, 50), pr=pos.prov, foreign=False)
        # the agent also has his own ordinary SIM somewhere
        self.legit_person(agent, k=1)
        sid = self.new_stock(c, size + 5, skip_p=0.02, kit=self.kit(c, size) if r.random() < 0.3 else None)
        made = 0
        span = min(self.days - 1, r.randint(5, 40))
        d0 = r.randrange(max(1, self.days - span))
        name, _ = self.name_for(agent, c, 'AGENT')
        while made < size:
            n = min(size - made, r.randint(5, 30))
            t = self.sample_t('EVENING' if r.random() < 0.6 else 'AGENT', d0 + r.randrange(span))
            dev = pos.dwc.pick(r)
            for _ in range(n):
                t = self.clamp(t + max(10, int(LN(r, 60, 0.6))))
                usage = self.resold_usage()
                self.write(c, None, t, self.doc(agent, name), 'AGENT', pos.code, dev, self.capture_of(agent.face),
                           self.fm_genuine(agent.age), 'MATCH', sid, self.resold_status(usage), usage,
                           (1, 1, 'agent_own_id'))
                made += 1
        return made

    # ------------------------------------------------------------------ deliberately invalid rows
    def invalid_rows(self):
        r = self.r
        n = int(round(self.N * self.P['invalid_p']))
        if self.N >= 300:
            n = max(n, 1)
        kinds = ['carrier', 'msisdn', 'iccid', 'device_imei']
        for i in range(n):
            kind = kinds[i % 4]
            p = self.new_person(age=self.adult_age(), foreign=False)
            c = self.carrier_wc.pick(r)
            channel = self.inperson_wc.pick(r)
            pos = self.pick_pos(c, p.pr, channel)
            t = self.sample_t(channel)
            nat = self.new_msisdn(c)
            iccid, imsi = self.explicit_sim(c)
            dev = pos.dwc.pick(r)
            carrier = c
            if kind == 'carrier':
                carrier = r.choice(('SFONE', 'BEELINE', 'VIETEL', 'EVNTELECOM'))
            elif kind == 'iccid':
                iccid = iccid[:-1] + str((int(iccid[-1]) + r.randint(1, 9)) % 10)
            elif kind == 'device_imei':
                dev = dev[:-1] + str((int(dev[-1]) + r.randint(1, 9)) % 10)
            row_nat = nat
            if kind == 'msisdn':
                bad = r.choice(('short', 'long', 'alpha'))
                row_nat = nat[:-1] if bad == 'short' else (nat + str(r.randrange(10)) if bad == 'long' else nat[:4] + 'O' + nat[5:])
            self.invalid_kinds[kind] = self.invalid_kinds.get(kind, 0) + 1
            usage = self.u_normal(p.phone, False, p.age)
            # written like any row, but with no label
            self.seq += 1
            uf = [usage[0]] + [str(v) for v in usage[1:]]
            if carrier not in CARRIER_INFO:
                disp = carrier
            else:
                disp = CARRIER_INFO[carrier][0]
            row = [CARRIER_INFO[c][5] + row_nat, disp, self.ts(t), 'INDIVIDUAL', p.idt, p.idn, csvq(p.name), p.dob,
                   p.gender, 'VN', p.pr, channel, pos.code, dev, self.capture_of(p.face), self.fm_genuine(p.age),
                   self.popdb_genuine(p), iccid, imsi, 'ACTIVE'] + uf
            self.bucket_file(1 + t // DAY).write('%012d\t%09d\t%s\t\n' % (t + 10 ** 10, self.seq, ','.join(row)))
            self.n_rows += 1
            self.n_invalid += 1

    # ------------------------------------------------------------------ driver
    def run(self):
        r = self.r
        P = self.P
        self.build_pos()
        # fraud budgets (subscriptions)
        ff = P['fraud_frac']
        targets = {k: int(round(self.N * v)) for k, v in ff.items()}
        # pre-create the persons whose documents leak / are sold and who are subscribers too
        self.organisations()
        gens = [
            ('preact_fabricated', lambda rem, tg: self.preact_fabricated(self.cap(P['fab_size'], rem, tg))),
            ('preact_leaked', lambda rem, tg: self.preact_leaked(self.cap(P['leak_size'], rem, tg))),
            ('identity_theft_ring', lambda rem, tg: self.identity_theft_ring(self.cap(P['ring_victims'], rem / 1.25, tg / 1.25))),
            ('dealer_extra_sim', lambda rem, tg: self.dealer_extra(self.cap(P['extra_walkins'], rem / (1.5 * P['extra_rate']), tg / (1.5 * P['extra_rate'])))),
            ('sim_farm', lambda rem, tg: self.sim_farm(self.cap(P['farm_sims'], rem, tg))),
            ('agent_own_id', lambda rem, tg: self.agent_own_id(self.cap(P['agent_sims'], rem, tg))),
        ]
        for name, fn in gens:
            made = 0
            while made < targets[name]:
                made += fn(targets[name] - made, targets[name])
        # ordinary subscribers until N subscriptions
        while self.n_subs < self.N:
            if r.random() < P['family_unit_p']:
                self.family_unit()
            else:
                self.legit_person()
        self.invalid_rows()
        self.finish()

    def finish(self):
        for f in self._open_files.values():
            f.close()
        out_csv = os.path.join(self.outdir, 'batch.csv')
        labels = []
        stocks = self.stocks
        with open(out_csv, 'w', encoding='utf-8', newline='') as out:
            out.write(','.join(COLUMNS) + '\r\n')
            for b in sorted(self._open_files):
                path = os.path.join(self.tmpdir, 'b%05d' % b)
                with open(path, encoding='utf-8', newline='') as f:
                    lines = f.read().split('\n')
                if lines and lines[-1] == '':
                    lines.pop()
                lines.sort()
                buf = []
                for ln in lines:
                    _, _, row, lab = ln.split('\t', 3)
                    i = row.find('\x01')
                    if i >= 0:
                        j = row.index('\x01', i + 1)
                        sid = int(row[i + 1:j])
                        serial, nat = self.take_from_stock(sid)
                        c = stocks[sid][0]
                        iccid, imsi = self.sim_ids(c, serial)
                        row = row[:i] + iccid + row[j + 1:]
                        row = row.replace('\x02', imsi, 1)
                        if '\x03' in row:
                            row = row.replace('\x03', self.fmt_msisdn(c, nat), 1)
                            lab = lab.replace('\x03', nat, 1)
                    buf.append(row)
                    if lab:
                        c, nat, rest = lab.split('|')
                        labels.append('%s,84%s,%s' % (c, nat, rest))
                out.write('\r\n'.join(buf))
                out.write('\r\n')
                os.remove(path)
        shutil.rmtree(self.tmpdir, ignore_errors=True)
        labels.sort()
        with open(os.path.join(self.outdir, 'labels.csv'), 'w', encoding='utf-8', newline='') as f:
            f.write('carrier,msisdn,junk,non_owner,pattern\n')
            f.write('\n'.join(labels))
            f.write('\n')
        self.n_labels = len(labels)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    ap.add_argument('--rows', type=int, required=True, help='approximate number of subscriptions')
    ap.add_argument('--seed', type=int, required=True)
    ap.add_argument('--scenario', default='base', choices=SCENARIO_NAMES)
    ap.add_argument('--out', required=True)
    a = ap.parse_args(argv)
    if a.rows < 100:
        ap.error('--rows must be at least 100')
    os.makedirs(a.out, exist_ok=True)
    t0 = _time.time()
    P = scenario_params(a.scenario)
    g = Gen(P, a.rows, a.seed, a.out)
    g.run()
    fraud = sum(v for k, v in g.counts.items() if k in P['fraud_frac'])
    man = {
        'generator': 'tools/indep_gen.py', 'scenario': a.scenario, 'seed': a.seed, 'rows_requested': a.rows,
        'subscriptions': g.n_subs, 'batch_rows': g.n_rows, 'history_rows': g.n_rows - g.n_subs - g.n_invalid,
        'invalid_rows': g.n_invalid, 'invalid_by_kind': dict(sorted(g.invalid_kinds.items())),
        'fraud_subscriptions': fraud, 'fraud_share': round(fraud / max(1, g.n_subs), 4),
        'patterns': dict(sorted(g.counts.items())),
        'params': {k: v for k, v in P.items()},
    }
    with open(os.path.join(a.out, 'indep_manifest.json'), 'w', encoding='utf-8') as f:
        json.dump(man, f, ensure_ascii=False, indent=1, sort_keys=True, default=list)
        f.write('\n')
    sys.stderr.write('indep_gen: %s seed=%d: %d subscriptions, %d rows (%d history, %d invalid), fraud %.1f%%, %.1fs\n'
                     % (a.scenario, a.seed, g.n_subs, g.n_rows, man['history_rows'], g.n_invalid,
                        100.0 * man['fraud_share'], _time.time() - t0))
    return 0


if __name__ == '__main__':
    sys.exit(main())
