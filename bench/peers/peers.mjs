// Times the JavaScript diff libraries a CCP-04 user would otherwise pick, on the same
// document pairs snapshot-bench generates, and prints the figures as one JSON object on
// stdout for snapshot-bench to read.
//
//   node peers.mjs [--runs N] OLD.json NEW.json [OLD2.json NEW2.json ...]
//
// Each timed run starts from the two documents' text (already decoded from UTF-8, which
// favours the peers slightly: snapshot-bench times from raw bytes) and ends with the diff
// finished; for jsondiffpatch it also includes formatting the delta as RFC 6902.

import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

import { diff as deepObjectDiff } from 'deep-object-diff';
import * as jsondiffpatch from 'jsondiffpatch';
import { format as toJsonPatch } from 'jsondiffpatch/formatters/jsonpatch';

function parseArguments(argv) {
    const options = { runs: 10, files: [] };
    for (let i = 0; i < argv.length; ++i) {
        if (argv[i] === '--runs') {
            options.runs = Number.parseInt(argv[++i], 10);
        } else {
            options.files.push(argv[i]);
        }
    }
    if (!(options.runs > 0) || options.files.length === 0 || options.files.length % 2 !== 0) {
        process.stderr.write('usage: node peers.mjs [--runs N] OLD.json NEW.json [...]\n');
        process.exit(2);
    }
    return options;
}

// Nearest-rank percentile, the definition snapshot-bench uses, so the columns compare.
function percentile(sortedMs, fraction) {
    const rank = Math.max(1, Math.ceil(fraction * sortedMs.length));
    return sortedMs[rank - 1];
}

function summarize(samplesMs) {
    const sorted = [...samplesMs].sort((a, b) => a - b);
    return { p50: percentile(sorted, 0.5), p95: percentile(sorted, 0.95), runs: sorted.length };
}

// Runs `work` once untimed (so the JIT has compiled it), then `runs` times timed. A peer that
// throws (jsondiffpatch overflows its stack on long arrays) is reported, not fatal.
function measure(runs, work) {
    try {
        let output = work();
        const samples = [];
        for (let i = 0; i < runs; ++i) {
            const start = performance.now();
            output = work();
            samples.push(performance.now() - start);
        }
        return { ...summarize(samples), output };
    } catch (error) {
        return { error: String(error && error.message ? error.message : error) };
    }
}

function byteLength(value) {
    return value === undefined ? 0 : Buffer.byteLength(JSON.stringify(value), 'utf8');
}

function benchPair(oldPath, newPath, runs) {
    const oldText = readFileSync(oldPath, 'utf8');
    const newText = readFileSync(newPath, 'utf8');

    const parse = measure(runs, () => JSON.parse(newText));
    const deep = measure(runs, () => deepObjectDiff(JSON.parse(oldText), JSON.parse(newText)));
    const patcher = measure(runs, () =>
        toJsonPatch(jsondiffpatch.diff(JSON.parse(oldText), JSON.parse(newText))));

    const result = { old: oldPath, new: newPath, parse: withoutOutput(parse) };
    // deep-object-diff makes its own delta format, not RFC 6902: its size is reported as such.
    result.deepObjectDiff = { ...withoutOutput(deep), deltaBytes: deep.error ? null : byteLength(deep.output) };
    result.jsondiffpatch = {
        ...withoutOutput(patcher),
        patchBytes: patcher.error ? null : byteLength(patcher.output),
        operations: patcher.error ? null : patcher.output.length,
    };
    return result;
}

// The version actually installed, which is what was measured.
function installedVersion(name) {
    const manifest = new URL(`./node_modules/${name}/package.json`, import.meta.url);
    return JSON.parse(readFileSync(manifest, 'utf8')).version;
}

function withoutOutput(measurement) {
    const { output, ...rest } = measurement;
    return rest;
}

const options = parseArguments(process.argv.slice(2));
const pairs = [];
for (let i = 0; i < options.files.length; i += 2) {
    pairs.push(benchPair(options.files[i], options.files[i + 1], options.runs));
}
process.stdout.write(JSON.stringify({
    node: process.version,
    deepObjectDiff: installedVersion('deep-object-diff'),
    jsondiffpatch: installedVersion('jsondiffpatch'),
    runs: options.runs,
    pairs,
}) + '\n');
