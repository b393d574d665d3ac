/** Plain text for people: fixed-width tables, attribution chains in words, figures, CSV cells safe from spreadsheets. */
package dev.faultline.app.view.text;
