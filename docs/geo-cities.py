#!/usr/bin/env python3
"""Builds src/main/resources/static/geo/cities/<provinceCode>.json, the prefecture-level map of each province that
the supply-versus-demand map drills into, from the province maps of the npm package echarts 4.1.0 (Apache-2.0), as
its WebJar org.webjars.npm:echarts:4.1.0 ships them (META-INF/resources/webjars/echarts/4.1.0/map/json/province/).

Each feature is decoded from ECharts' UTF8Encoding, matched by its Chinese name to the platform's division list
(src/main/resources/reference/divisions.csv) and given that 6-digit code as properties.id; features of one code (a
province's county-level cities administered directly, e.g. Hubei's 仙桃, 潜江, 天门, 神农架) merge into one. Coordinates
are simplified (Douglas-Peucker, 0.004 degrees), rounded to 3 decimals (about 100 m) and repeated points dropped. Municipalities (no prefecture-level units in
the list), Taiwan, Hong Kong and Macao get no file. Names that match nothing are printed and left out.

    python3 docs/geo-cities.py ~/.m2/repository/org/webjars/npm/echarts/4.1.0/echarts-4.1.0.jar
"""
import csv
import json
import os
import sys
import zipfile

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
PREFIX = 'META-INF/resources/webjars/echarts/4.1.0/map/json/province/'
OUT = os.path.join(ROOT, 'src/main/resources/static/geo/cities')
# where the 2018 map and today's list name a unit differently (renamed or merged since)
ALIASES = {
    '莱芜市': '370100',  # merged into Jinan in 2019
    '那曲地区': '540600',  # Nagqu prefecture, a city since 2018
}
# Douglas-Peucker tolerance in degrees: about 400 m, far below what a province's map on a screen shows
TOLERANCE = 0.004


def simplify(points):
    if len(points) < 3:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        (x1, y1), (x2, y2) = points[first], points[last]
        dx, dy = x2 - x1, y2 - y1
        norm = (dx * dx + dy * dy) ** 0.5
        best, index = 0.0, None
        for i in range(first + 1, last):
            px, py = points[i]
            d = abs(dy * px - dx * py + x2 * y1 - y2 * x1) / norm if norm else ((px - x1) ** 2 + (py - y1) ** 2) ** 0.5
            if d > best:
                best, index = d, i
        if index is not None and best > TOLERANCE:
            keep[index] = True
            stack.append((first, index))
            stack.append((index, last))
    return [p for p, k in zip(points, keep) if k]


def decode_ring(text, offsets, scale):
    x, y = offsets
    ring = []
    for i in range(0, len(text), 2):
        dx = ord(text[i]) - 64
        dy = ord(text[i + 1]) - 64
        x += (dx >> 1) ^ -(dx & 1)
        y += (dy >> 1) ^ -(dy & 1)
        ring.append([x / scale, y / scale])
    return ring


def decode(geo):
    if not geo.get('UTF8Encoding'):
        return geo
    scale = geo.get('UTF8Scale') or 1024
    for feature in geo['features']:
        g = feature['geometry']
        offsets = g.pop('encodeOffsets')
        if g['type'] == 'Polygon':
            g['coordinates'] = [decode_ring(r, offsets[i], scale) for i, r in enumerate(g['coordinates'])]
        elif g['type'] == 'MultiPolygon':
            g['coordinates'] = [[decode_ring(r, offsets[p][i], scale) for i, r in enumerate(polygon)]
                                for p, polygon in enumerate(g['coordinates'])]
    geo.pop('UTF8Encoding')
    return geo


def rounded(ring):
    out = []
    for x, y in simplify(ring):
        point = [round(x, 3), round(y, 3)]
        if not out or out[-1] != point:
            out.append(point)
    if len(out) > 1 and out[0] != out[-1]:
        out.append(out[0])
    return out if len(out) >= 4 else None


def polygons(geometry):
    parts = [geometry['coordinates']] if geometry['type'] == 'Polygon' else geometry['coordinates']
    result = []
    for polygon in parts:
        rings = [r for r in (rounded(ring) for ring in polygon) if r]
        if rings:
            result.append(rings)
    return result


def main(jar):
    divisions = list(csv.DictReader(open(os.path.join(ROOT, 'src/main/resources/reference/divisions.csv'),
                                         encoding='utf-8')))
    cities = {}
    for d in divisions:
        if d['level'] == '2':
            cities.setdefault(d['parent_code'], {})[d['name_zh']] = d['code']
    os.makedirs(OUT, exist_ok=True)
    unmatched = []
    with zipfile.ZipFile(jar) as z:
        for name in sorted(n for n in z.namelist() if n.startswith(PREFIX) and n.endswith('.json')):
            geo = decode(json.loads(z.read(name).decode('utf-8')))
            ids = [f.get('id') or f['properties'].get('id') or '' for f in geo['features']]
            province = next((i[:2] + '0000' for i in ids if i[:2] + '0000' in cities), None)
            if province is None:
                continue  # a municipality, Taiwan, Hong Kong, Macao: no prefecture-level units in the list
            known = cities[province]
            merged = {}
            for feature in geo['features']:
                zh = feature['properties']['name']
                code = known.get(zh) or ALIASES.get(zh)
                if code is None:
                    # a county-level city administered by the province: its province's group
                    group = next((c for n, c in known.items() if c.endswith('9000')), None)
                    fid = feature.get('id') or ''
                    code = group if group and fid[:4] == group[:4] else None
                if code is None:
                    unmatched.append(f'{province} {zh} ({feature.get("id")})')
                    continue
                merged.setdefault(code, []).extend(polygons(feature['geometry']))
            features = [{'type': 'Feature', 'properties': {'id': code, 'name': next(
                (n for n, c in known.items() if c == code), code)},
                'geometry': {'type': 'MultiPolygon', 'coordinates': parts}}
                for code, parts in sorted(merged.items())]
            missing = sorted(set(known.values()) - set(merged))
            if missing:
                print(f'{province}: no geometry for {", ".join(missing)}')
            with open(os.path.join(OUT, province + '.json'), 'w', encoding='utf-8') as out:
                json.dump({'type': 'FeatureCollection', 'features': features}, out, ensure_ascii=False,
                          separators=(',', ':'))
    for u in unmatched:
        print('unmatched: ' + u)


if __name__ == '__main__':
    main(sys.argv[1] if len(sys.argv) > 1 else os.path.expanduser(
        '~/.m2/repository/org/webjars/npm/echarts/4.1.0/echarts-4.1.0.jar'))
