// Draws the SPC trend chart from the data attributes on the canvas (the table beside it holds the same figures).
(function () {
  var canvas = document.getElementById('trend-chart');
  if (!canvas || typeof Chart === 'undefined') { return; }
  var labels = canvas.dataset.labels.split('|');
  var values = canvas.dataset.values.split('|').map(Number);
  var line = function (value) { return labels.map(function () { return Number(value); }); };
  new Chart(canvas, {
    type: 'line',
    data: {
      labels: labels.slice(labels.length - values.length),
      datasets: [
        { label: 'Value', data: values, borderColor: '#1d70b8', backgroundColor: '#1d70b8', tension: 0 },
        { label: 'Mean', data: line(canvas.dataset.mean).slice(0, values.length), borderColor: '#505a5f', borderDash: [4, 4], pointRadius: 0 },
        { label: 'Upper process limit', data: line(canvas.dataset.upper).slice(0, values.length), borderColor: '#d4351c', borderDash: [2, 2], pointRadius: 0 },
        { label: 'Lower process limit', data: line(canvas.dataset.lower).slice(0, values.length), borderColor: '#d4351c', borderDash: [2, 2], pointRadius: 0 }
      ]
    },
    options: { animation: false, responsive: true, plugins: { legend: { position: 'bottom' } } }
  });
}());
