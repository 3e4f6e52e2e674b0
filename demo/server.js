// npm start: the demo page with a simulated instance, on localhost only.
const fs = require('fs');
const path = require('path');
const { createDemoApp } = require('./app');

if (!fs.existsSync(path.join(__dirname, '..', 'dist', 'providers', 'spUserPresence.js'))) {
  console.error('dist/ is missing: run npm run build first.');
  process.exit(1);
}

const port = Number(process.env.PORT) || 8080;
const speed = Number(process.env.DEMO_SPEED) || 1;
const app = createDemoApp({ speed: speed });

app.listen(port).then(
  function (url) {
    console.log('sp-presence demo with a simulated instance: ' + url);
    console.log('  AngularJS 1.5.11: ' + url + '?angular=1.5   poll every 15 s like UI16: ' + url + '?interval=15');
    console.log('  clock speed x' + speed + ' (DEMO_SPEED=10 npm start for a faster clock); Ctrl+C stops.');
  },
  function (err) {
    console.error('Could not start the demo on port ' + port + ': ' + err.message + ' (set PORT to use another one)');
    process.exit(1);
  }
);
