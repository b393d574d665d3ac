package dev.faultline.cli;

/** Output formats of listing commands. */
enum Format { table, jsonl }
