#!/usr/bin/env node
// Runs the committed CLI bundle, so `npx security-manifest` works right after `npm ci`.
import "../action/dist/cli.js";
