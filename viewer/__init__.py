"""The domain, free of Qt: data packs, chart descriptions, formatting and provenance."""
