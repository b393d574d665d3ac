/**
 * The CAMEO event codes as data: each code's name, Goldstein score and PLOVER coding, read once from
 * the shipped table ({@code cameo-codes.tsv}, sources in its header).
 */
package dev.faultline.events.cameo;
