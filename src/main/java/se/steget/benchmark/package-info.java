/**
 * Scale: a data generator with a seed and a size, and a benchmark command that measures
 * the figures that must stay fast at national scale against a bare-SQL floor and writes
 * JSON.
 */
package se.steget.benchmark;
