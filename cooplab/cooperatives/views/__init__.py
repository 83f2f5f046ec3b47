"""Views of the cooperatives app: public pages, the cooperative back office, staff review."""
