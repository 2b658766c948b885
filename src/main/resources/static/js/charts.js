// Draws a chart from a data table: the table is the source and stays on the page beside it.
// A table with data-chart="ID" fills the canvas with that id: one bar per row, stacked by the
// first data columns (by gender), or side by side with data-stacked="false" (shares).
// Cells that are not numbers (hidden small cells) are gaps.
document.addEventListener('DOMContentLoaded', () => {
	const colours = ['#1f4e79', '#b35c00', '#4a7c59'];
	document.querySelectorAll('table[data-chart]').forEach((table) => {
		const canvas = document.getElementById(table.dataset.chart);
		if (!canvas || !window.Chart) {
			return;
		}
		const series = Number(table.dataset.series || 3);
		const stacked = table.dataset.stacked !== 'false';
		const rows = Array.from(table.tBodies[0].rows);
		const headers = Array.from(table.tHead.rows[table.tHead.rows.length - 1].cells).slice(1, 1 + series);
		const datasets = headers.map((header, i) => ({
			label: header.textContent.trim(),
			backgroundColor: colours[i % colours.length],
			data: rows.map((row) => {
				const n = parseInt(row.cells[i + 1].textContent, 10);
				return Number.isNaN(n) ? null : n;
			})
		}));
		new window.Chart(canvas, {
			type: 'bar',
			data: { labels: rows.map((row) => row.cells[0].textContent.trim()), datasets },
			options: {
				indexAxis: 'y',
				animation: false,
				maintainAspectRatio: false,
				scales: { x: { stacked, beginAtZero: true, max: table.dataset.max ? Number(table.dataset.max) : undefined },
					y: { stacked } }
			}
		});
	});
});
