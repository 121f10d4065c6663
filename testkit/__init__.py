"""Real parts shared by the tests and the benchmarks (never imported by the Atlas itself).

``browser``: a ``streamlit run`` server and headless Debian chromium; ``pg``: a throwaway
PostgreSQL cluster; ``sync_site``: a local stand-in of Telegram's public channel preview.
"""
