// Draws the SPC trend chart from the data attributes on the canvas (the table beside it holds the same figures).
(function () {
  var canvas = document.getElementById('trend-chart');
  if (!canvas || typeof Chart === 'undefined') { return; }
  var labels = canvas.dataset.labels.split('|');
  var values = canvas.dataset.values.split('|').map(Number);
  var line = function (value) { return labels.map(function () { return Number(value); }); };
  // NHS "Making Data Count" colours: blue improving, orange concerning, purple special cause for a neutral indicator, grey common cause.
  var colours = { improving: '#1d70b8', concerning: '#f47738', neutral: '#4c2c92', common: '#b1b4b6' };
  var points = (canvas.dataset.variations || '').split('|').map(function (v) { return colours[v] || colours.common; });
  var y = { min: Number(canvas.dataset.min) };
  if (canvas.dataset.max) { y.max = Number(canvas.dataset.max); }
  new Chart(canvas, {
    type: 'line',
    data: {
      labels: labels,
      datasets: [
        { label: 'Value', data: values, borderColor: '#505a5f', backgroundColor: points, pointBackgroundColor: points, pointBorderColor: points, pointRadius: 4, tension: 0 },
        { label: 'Mean', data: line(canvas.dataset.mean).slice(0, values.length), borderColor: '#505a5f', borderDash: [4, 4], pointRadius: 0 },
        { label: 'Upper process limit', data: line(canvas.dataset.upper).slice(0, values.length), borderColor: '#d4351c', borderDash: [2, 2], pointRadius: 0 },
        { label: 'Lower process limit', data: line(canvas.dataset.lower).slice(0, values.length), borderColor: '#d4351c', borderDash: [2, 2], pointRadius: 0 }
      ]
    },
    options: { animation: false, responsive: true, scales: { y: y }, plugins: { legend: { position: 'bottom' } } }
  });
}());
