"""The cooperation network as a picture: an organisation's partners and partners of partners, and for managers
the whole ecosystem's communities, bridges and who could bridge two clusters (docs/architecture.md)."""
