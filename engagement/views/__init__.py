"""Thin views: validate, call one service, message, redirect. One module per part."""
