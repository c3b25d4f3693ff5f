"""copydesk."""
