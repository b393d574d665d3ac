// TopoJSON → GeoJSON, enough for Natural Earth's outlines (world-atlas): quantized, delta-encoded
// arcs; Polygon, MultiPolygon, LineString, MultiLineString, Point, GeometryCollection.

/** The FeatureCollection of one object of a topology (e.g. topology.objects.countries). */
export function feature(topology, object) {
  const arcs = decodeArcs(topology);
  const line = (indices) => {
    const out = [];
    for (const i of indices) {
      const arc = i < 0 ? arcs[~i].slice().reverse() : arcs[i];
      // consecutive arcs share their end point
      out.push(...(out.length ? arc.slice(1) : arc));
    }
    return out;
  };
  const point = (p) => transformPoint(topology.transform, p);
  const geometry = (g) => {
    switch (g.type) {
      case 'Polygon': return {type: g.type, coordinates: g.arcs.map(line)};
      case 'MultiPolygon': return {type: g.type, coordinates: g.arcs.map((poly) => poly.map(line))};
      case 'LineString': return {type: g.type, coordinates: line(g.arcs)};
      case 'MultiLineString': return {type: g.type, coordinates: g.arcs.map(line)};
      case 'Point': return {type: g.type, coordinates: point(g.coordinates)};
      case 'MultiPoint': return {type: g.type, coordinates: g.coordinates.map(point)};
      case 'GeometryCollection': return {type: g.type, geometries: g.geometries.map(geometry)};
      default: return null;
    }
  };
  const toFeature = (g) => ({type: 'Feature', id: g.id, properties: g.properties || {}, geometry: geometry(g)});
  const features = object.type === 'GeometryCollection' ? object.geometries.map(toFeature) : [toFeature(object)];
  return {type: 'FeatureCollection', features: features.filter((f) => f.geometry)};
}

function transformPoint(t, p) {
  return t ? [p[0] * t.scale[0] + t.translate[0], p[1] * t.scale[1] + t.translate[1]] : p;
}

function decodeArcs(topology) {
  const t = topology.transform;
  return topology.arcs.map((arc) => {
    if (!t) return arc.map((p) => [p[0], p[1]]);
    let x = 0;
    let y = 0;
    return arc.map((p) => {
      x += p[0];
      y += p[1];
      return [x * t.scale[0] + t.translate[0], y * t.scale[1] + t.translate[1]];
    });
  });
}
