"""The main views: dashboard, pledges, calendar, members, fund."""
