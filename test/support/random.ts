/**
 * mulberry32, the benchmark generator's seeded random numbers: the same sequence for a seed on
 * every machine, for the randomized tests (their seeds are fixed, so a failure reproduces).
 */
export { createRandom as random } from '../../bench/lib/generate.mjs'
