# Image for docker-compose.yml: the web, worker and beat services share it.
FROM python:3.11-slim
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1
WORKDIR /app
COPY requirements/base.txt requirements/base.txt
RUN pip install --no-cache-dir --require-hashes -r requirements/base.txt
COPY . .
RUN useradd --create-home app && chown -R app /app
USER app
EXPOSE 8000
