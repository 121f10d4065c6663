"""What the pages draw, as plain modules testable without a running Streamlit app.

Colours and classes, the folium map, map drill-down, snapshots and exports, charts;
pages under ``app_pages/`` call them.
"""
