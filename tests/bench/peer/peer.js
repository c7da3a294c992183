// The peer page's script: a Leaflet map of the region (no tile server, the
// GeoJSON is the basemap) and a Chart.js bar chart of the three estimates.
// Plain ES5-style code as a newsroom would drop into a CMS page.
(function () {
  'use strict';

  var ready = { map: false, chart: false };
  function markReady(part) {
    ready[part] = true;
    if (ready.map && ready.chart) document.documentElement.setAttribute('data-peer-ready', '');
  }

  // --- Map -----------------------------------------------------------------
  var GERMAN = {
    Kursk: 'Oblast Kursk', Belgorod: 'Oblast Belgorod', Bryansk: 'Oblast Brjansk',
    Sumy: 'Oblast Sumy', Kharkiv: 'Oblast Charkiw', Chernihiv: 'Oblast Tschernihiw',
    Orel: 'Oblast Orjol', Voronezh: 'Oblast Woronesch', Poltava: 'Oblast Poltawa',
    Kiev: 'Oblast Kiew', 'Kiev City': 'Kiew', Belarus: 'Belarus',
  };
  // From GeoNames (CC BY 4.0), German names checked against its alternate names.
  var PLACES = [
    { name: 'Kursk', lat: 51.72689, lon: 36.18457, main: true },
    { name: 'Sudscha', lat: 51.191, lon: 35.271, main: true },
    { name: 'Belgorod', lat: 50.60343, lon: 36.58091 },
    { name: 'Sumy', lat: 50.91741, lon: 34.79906 },
    { name: 'Charkiw', lat: 49.98177, lon: 36.25475 },
    { name: 'Kiew', lat: 50.45466, lon: 30.5238 },
  ];

  var map = L.map('karte', {
    zoomControl: false,
    zoomSnap: 0.25,
    minZoom: 5,
    maxZoom: 10,
    maxBounds: [[47.5, 29], [55.5, 43]],
  });
  L.control.zoom({ zoomInTitle: 'Vergrößern', zoomOutTitle: 'Verkleinern' }).addTo(map);
  L.control.scale({ metric: true, imperial: false }).addTo(map);
  map.attributionControl.addAttribution('Natural Earth · GeoNames');
  map.fitBounds([[49.6, 33.2], [52.6, 38.6]]);

  function style(feature) {
    var p = feature.properties;
    if (p.kind === 'band') {
      return { color: '#b3261e', weight: 1.5, dashArray: '4 3', fillColor: '#b3261e', fillOpacity: 0.25 };
    }
    if (p.kind === 'border') return { color: '#222', weight: 2.5, fill: false };
    if (p.kind === 'country') return { color: '#999', weight: 0.8, fillColor: '#e4e4e4', fillOpacity: 1 };
    var kursk = p.adm1_code === 'RUS-2362';
    return {
      color: '#8a8270',
      weight: kursk ? 2 : 0.8,
      fillColor: p.focus ? (kursk ? '#ddd0b0' : '#e9e1cf') : '#f4f1ea',
      fillOpacity: 1,
    };
  }

  fetch('region.geojson')
    .then(function (r) {
      if (!r.ok) throw new Error('region.geojson: HTTP ' + r.status);
      return r.json();
    })
    .then(function (geo) {
      var order = { admin1: 0, country: 0, band: 1, border: 2 };
      geo.features.sort(function (a, b) { return order[a.properties.kind] - order[b.properties.kind]; });
      L.geoJSON(geo, {
        style: style,
        onEachFeature: function (feature, layer) {
          var p = feature.properties;
          var name = p.kind === 'band' ? '50-km-Streifen an der Grenze'
            : p.kind === 'border' ? 'Staatsgrenze Russland–Ukraine'
            : (p.name_de || GERMAN[p.name_en] || p.name_en);
          layer.bindTooltip(name, { sticky: true });
        },
      }).addTo(map);
      PLACES.forEach(function (c) {
        L.circleMarker([c.lat, c.lon], {
          radius: c.main ? 5 : 4, color: '#fff', weight: 1.5, fillColor: '#222', fillOpacity: 1,
        }).addTo(map).bindTooltip(c.name, {
          permanent: true, direction: 'right', offset: [6, 0], className: 'place-label',
        });
      });
      markReady('map');
    })
    .catch(function (err) {
      var note = document.createElement('p');
      note.setAttribute('role', 'alert');
      note.textContent = 'Die Kartendaten konnten nicht geladen werden.';
      document.getElementById('karte').after(note);
      console.warn(err);
      markReady('map');
    });

  // --- Chart ---------------------------------------------------------------
  var ESTIMATES = [
    { who: ['US-Beamte'], value: 3000, note: 'etwa 3.000 in der Region Kursk' },
    { who: ['Ukrainische', 'Quellen'], value: 12000, note: 'bis zu 12.000, darunter 500 Offiziere und drei Generäle' },
    { who: ['Südkoreanischer', 'Geheimdienst'], value: 10000, note: 'bis Dezember bis zu 10.000 in Russland (Prognose)' },
  ];
  var fmt = new Intl.NumberFormat('de-DE');
  new Chart(document.getElementById('schaetzungen'), {
    type: 'bar',
    data: {
      labels: ESTIMATES.map(function (e) { return e.who; }),
      datasets: [{
        label: 'Nordkoreanische Soldaten',
        data: ESTIMATES.map(function (e) { return e.value; }),
        backgroundColor: ['#1a5fb4', '#b3261e', '#5e5c64'],
        borderRadius: 3,
      }],
    },
    options: {
      indexAxis: 'y',
      locale: 'de-DE',
      responsive: true,
      maintainAspectRatio: false,
      plugins: {
        legend: { display: false },
        tooltip: {
          callbacks: {
            title: function (items) { return ESTIMATES[items[0].dataIndex].who.join(' '); },
            label: function (item) { return ESTIMATES[item.dataIndex].note; },
          },
        },
      },
      scales: {
        x: {
          beginAtZero: true,
          max: 14000,
          ticks: { color: '#3a3a3c', callback: function (v) { return fmt.format(v); } },
          title: { display: true, text: 'Soldaten', color: '#3a3a3c' },
        },
        y: { ticks: { color: '#1d1d1f', font: { size: 13 } } },
      },
    },
  });
  markReady('chart');
})();
