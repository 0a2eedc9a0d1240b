# The sandbox image: Python 3 with numpy, the runner, and nothing else.
#
# BASE is python:3.11-slim where an image registry is reachable. Offline, `judge sandbox build`
# imports a base made from Debian packages (python3, python3-numpy) and passes it here, so no
# step below needs the network in that case.
ARG BASE=python:3.11-slim
FROM ${BASE}

RUN python3 -c "import numpy" 2>/dev/null || pip install --no-cache-dir "numpy>=1.24,<3"
RUN echo "judge:x:10001:10001:sandbox:/tmp:/usr/sbin/nologin" >> /etc/passwd \
 && echo "judge:x:10001:" >> /etc/group

COPY sandbox/ /opt/mljudge/sandbox/
# The root is read-only at run time: compile now so the runner never wants to write .pyc files.
RUN python3 -m compileall -q /opt/mljudge/sandbox

ENV LANG=C.UTF-8 \
    PYTHONDONTWRITEBYTECODE=1 \
    OPENBLAS_NUM_THREADS=1 \
    OMP_NUM_THREADS=1 \
    MKL_NUM_THREADS=1

USER 10001:10001
WORKDIR /tmp
ENTRYPOINT ["python3", "-E", "-s", "/opt/mljudge/sandbox/runner.py"]
