# The sandbox image: Python 3 with numpy, the runner, and nothing else.
#
# BASE is python:3.11-slim where an image registry is reachable. Offline, `judge sandbox build`
# imports a base made from Debian packages (python3 only) and passes it here. numpy is the very
# version the judge's host runs with (requirements.txt): `judge sandbox build` downloads its wheel
# on the host and sends it in the build context, so no step below needs the network.
ARG BASE=python:3.11-slim
FROM ${BASE}

COPY requirements.txt wheels/ /opt/mljudge/wheels/
# A wheel is a zip laid out for site-packages: unpacking it installs it, with or without pip.
RUN python3 -c "import glob, sysconfig, zipfile; \
[zipfile.ZipFile(w).extractall(sysconfig.get_paths()['platlib']) for w in glob.glob('/opt/mljudge/wheels/*.whl')]" \
 && python3 -c "import numpy, sys; \
want = open('/opt/mljudge/wheels/requirements.txt').read().split('numpy==')[1].split()[0]; \
sys.exit(0 if numpy.__version__ == want else 'numpy ' + numpy.__version__ + ' is not ' + want)" \
 && rm -rf /opt/mljudge/wheels
RUN echo "judge:x:10001:10001:sandbox:/tmp:/usr/sbin/nologin" >> /etc/passwd \
 && echo "judge:x:10001:" >> /etc/group
# No setuid or setgid program (su, mount, passwd, unix_chkpwd...): no-new-privileges and the
# dropped capabilities already stop them; without the bits there is nothing left to stop.
RUN find / -xdev -type f \( -perm -4000 -o -perm -2000 \) -exec chmod ug-s {} + \
 && test -z "$(find / -xdev -type f \( -perm -4000 -o -perm -2000 \) -print -quit)"

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
