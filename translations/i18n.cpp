// Anchor for the translations library; the catalogues are its resources.
