#!/usr/bin/env node
// lzm-dashboard: the built generator (npm run build makes dist/generator/cli.js).
import { main } from '../dist/generator/cli.js';

process.exitCode = await main(process.argv.slice(2));
