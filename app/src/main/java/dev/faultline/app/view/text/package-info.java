/** Plain-text tables for people reading a terminal. */
package dev.faultline.cli.text;
