/* The drafting form's map (Leaflet and Leaflet.draw, served from site/static/vendor). It shows
   the jurisdiction and its regions, writes what is drawn into the typed JSON fields `polygons`
   and `circles` (announcing each change with input and change events, which the reach estimate
   listens to), redraws itself when those fields are typed into, and says in words which shape
   reaches outside the jurisdiction. The server checks the same again when the draft is saved. */
(function () {
  "use strict";

  const METRES_PER_KM = 1000;
  const KM_PER_DEGREE = 111.32; // as alerts/jurisdiction.py draws circles
  const TOLERANCE = 0.001; // degrees, as BORDER_TOLERANCE_DEGREES on the server
  const INSIDE = { color: "#0b5e3c", weight: 3, dashArray: null };
  const OUTSIDE = { color: "#b00020", weight: 4, dashArray: "8 6" };

  function parsed(field) {
    try {
      const value = JSON.parse(field.value.trim() || "[]");
      return Array.isArray(value) ? value : null;
    } catch (error) {
      return null; // half-typed: the map waits until the text parses
    }
  }

  const round = (value) => Math.round(value * 1e6) / 1e6;
  const isNumber = (value) => typeof value === "number" && Number.isFinite(value);
  const closed = (ring) => ring.length > 1 && ring[0][0] === ring.at(-1)[0] && ring[0][1] === ring.at(-1)[1];

  function inRing(lon, lat, ring) {
    let inside = false;
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i];
      const [xj, yj] = ring[j];
      if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) {
        inside = !inside;
      }
    }
    return inside;
  }

  function inGeometry(geometry, lon, lat) {
    const polygons = geometry.type === "MultiPolygon" ? geometry.coordinates : [geometry.coordinates];
    return polygons.some(
      (rings) => inRing(lon, lat, rings[0]) && !rings.slice(1).some((hole) => inRing(lon, lat, hole))
    );
  }

  // A point counts as inside when it, or a point within the server's tolerance, is inside.
  function near(geometry, lon, lat) {
    return [[0, 0], [TOLERANCE, 0], [-TOLERANCE, 0], [0, TOLERANCE], [0, -TOLERANCE]].some(
      ([dx, dy]) => inGeometry(geometry, lon + dx, lat + dy)
    );
  }

  // Points along each edge of a ring of LatLngs, so an edge that leaves the territory is seen.
  function edgePoints(latlngs) {
    const points = [];
    latlngs.forEach((start, index) => {
      const end = latlngs[(index + 1) % latlngs.length];
      for (let step = 0; step < 8; step++) {
        const t = step / 8;
        points.push([start.lng + (end.lng - start.lng) * t, start.lat + (end.lat - start.lat) * t]);
      }
    });
    return points;
  }

  function circlePoints(center, radiusKm) {
    const degrees = radiusKm / KM_PER_DEGREE;
    const points = [[center.lng, center.lat]];
    for (let step = 0; step < 32; step++) {
      const angle = (step / 32) * 2 * Math.PI;
      points.push([center.lng + degrees * Math.cos(angle), center.lat + degrees * Math.sin(angle)]);
    }
    return points;
  }

  /** Copy the translated toolbar labels over Leaflet.draw's English ones, branch by branch. */
  function merge(target, labels) {
    for (const [key, value] of Object.entries(labels)) {
      if (typeof value === "object") merge(target[key], value);
      else target[key] = value;
    }
  }

  function setUp(container) {
    const data = JSON.parse(document.getElementById(container.dataset.mapData).textContent);
    const polygonsField = document.getElementById(container.dataset.polygons);
    const circlesField = polygonsField.form.elements.namedItem("circles");
    const status = container.querySelector("[data-area-map-status]");
    const canvas = container.querySelector("[data-area-map-canvas]");
    const map = L.map(canvas, { attributionControl: Boolean(data.tiles.url) });
    if (data.tiles.url) {
      L.tileLayer(data.tiles.url, { attribution: data.tiles.attribution }).addTo(map);
    }
    const regions = L.geoJSON(data.regions, {
      style: { color: "#595959", weight: 1, fillOpacity: 0.03 },
      onEachFeature: (feature, layer) => layer.bindTooltip(feature.properties.name),
    }).addTo(map);
    const outline = data.jurisdiction
      ? L.geoJSON(data.jurisdiction, { style: { color: "#1a3a8f", weight: 4, fill: false }, interactive: false }).addTo(map)
      : null;
    const home = (outline || regions).getBounds();
    const fit = () => (home.isValid() ? map.fitBounds(home, { padding: [40, 40] }) : map.setView([0, 0], 1));
    fit();
    let width = canvas.clientWidth;
    new ResizeObserver(() => {
      map.invalidateSize();
      if (!width && canvas.clientWidth) fit(); // first shown inside a collapsed panel
      width = canvas.clientWidth;
    }).observe(canvas);

    const drawn = new L.FeatureGroup().addTo(map);
    merge(L.drawLocal, data.draw_labels);
    map.addControl(
      new L.Control.Draw({
        position: "topright",
        draw: {
          polygon: { allowIntersection: false, showArea: false },
          rectangle: { showArea: false },
          circle: { showRadius: true, metric: true },
          polyline: false,
          marker: false,
          circlemarker: false,
        },
        edit: { featureGroup: drawn },
      })
    );

    const isInside = (points) => !data.jurisdiction || points.every(([lon, lat]) => near(data.jurisdiction, lon, lat));
    const say = (template, number) => template.replace("%(number)s", number);

    function check() {
      const messages = [];
      let polygons = 0;
      let circles = 0;
      drawn.eachLayer((layer) => {
        let inside;
        if (layer instanceof L.Circle) {
          circles += 1;
          inside = isInside(circlePoints(layer.getLatLng(), layer.getRadius() / METRES_PER_KM));
          if (!inside) messages.push(say(data.circle_outside, circles));
        } else {
          polygons += 1;
          inside = isInside(edgePoints(layer.getLatLngs()[0]));
          if (!inside) messages.push(say(data.polygon_outside, polygons));
        }
        layer.setStyle(inside ? INSIDE : OUTSIDE);
      });
      status.textContent = messages.join(" ");
      return polygons;
    }

    let writing = false;
    function setField(field, value) {
      field.value = JSON.stringify(value);
      writing = true;
      field.dispatchEvent(new Event("input", { bubbles: true }));
      field.dispatchEvent(new Event("change", { bubbles: true }));
      writing = false;
    }

    function write() {
      const polygons = [];
      const circles = [];
      drawn.eachLayer((layer) => {
        if (layer instanceof L.Circle) {
          const center = layer.getLatLng();
          circles.push([round(center.lat), round(center.lng), round(layer.getRadius() / METRES_PER_KM)]);
        } else {
          const ring = layer.getLatLngs()[0].map((point) => [round(point.lat), round(point.lng)]);
          polygons.push([...ring, ring[0]]);
        }
      });
      setField(polygonsField, polygons);
      setField(circlesField, circles);
      check();
    }

    function read() {
      if (writing) return;
      const polygons = parsed(polygonsField);
      const circles = parsed(circlesField);
      if (!polygons || !circles) return;
      drawn.clearLayers();
      polygons
        .filter((ring) => Array.isArray(ring) && ring.every((p) => Array.isArray(p) && isNumber(p[0]) && isNumber(p[1])))
        .forEach((ring) => drawn.addLayer(L.polygon(closed(ring) ? ring.slice(0, -1) : ring)));
      circles
        .filter((circle) => Array.isArray(circle) && circle.length === 3 && circle.every(isNumber))
        .forEach(([lat, lon, km]) => drawn.addLayer(L.circle([lat, lon], { radius: km * METRES_PER_KM })));
      check();
    }

    map.on(L.Draw.Event.CREATED, (event) => {
      drawn.addLayer(event.layer);
      write();
    });
    map.on(`${L.Draw.Event.EDITED} ${L.Draw.Event.DELETED}`, write);
    // While a polygon is being drawn, say as soon as a corner lands outside.
    map.on(L.Draw.Event.DRAWVERTEX, (event) => {
      const corners = event.layers.getLayers().map((marker) => marker.getLatLng());
      const outside = !isInside(corners.map((point) => [point.lng, point.lat]));
      const number = check() + 1;
      if (outside) status.textContent = `${status.textContent} ${say(data.polygon_outside, number)}`.trim();
    });
    [polygonsField, circlesField].forEach((field) => field.addEventListener("input", read));
    read();
  }

  // The admin loads form media in the page's head, before the form exists.
  document.addEventListener("DOMContentLoaded", () =>
    document.querySelectorAll("[data-area-map]").forEach(setUp)
  );
})();
