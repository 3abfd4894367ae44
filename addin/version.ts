/** The add-in's version, shown in the pane; equal to <Version> in manifest.xml (a test checks). */
export const addinVersion = '1.0.0.0';
