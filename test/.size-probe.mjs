import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
const r = await build({ entryPoints: ['/work/main/src/index.ts'], bundle: true, minify: true, format: 'esm', platform: 'browser', write: false, metafile: true, treeShaking: true });
const out = r.outputFiles[0].contents;
console.log('min', out.length, 'gzip', gzipSync(out).length);
const inputs = Object.entries(r.metafile.outputs[Object.keys(r.metafile.outputs)[0]].inputs).map(([k,v])=>[k,v.bytesInOutput]);
const groups = {};
for (const [k,b] of inputs) { const g = k.includes('node_modules') ? k.split('node_modules/')[1].split('/').slice(0,2).join('/') : k.split('/').slice(0,2).join('/'); groups[g]=(groups[g]||0)+b; }
console.log(Object.entries(groups).sort((a,b)=>b[1]-a[1]).slice(0,25));
