"""Files the app ships, installed as the package data of viewer.resources: the bundled data pack,
the interface translations, the icon, the desktop entry and the help."""
