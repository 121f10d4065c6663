"""Map rendering for the Streamlit pages: colours, folium map, drill-down, snapshots.

Plain modules, testable without a running Streamlit app; pages under ``app_pages/``
call them.
"""
