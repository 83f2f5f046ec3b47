"""Views of the catalogue: public pages, cooperative back office, staff moderation."""
