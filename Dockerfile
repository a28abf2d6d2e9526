# syntax=docker/dockerfile:1

# --- build: the Maven wrapper on a JDK ------------------------------------------------------
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
# Dependencies first, so that a source change does not download them again.
COPY mvnw pom.xml ./
COPY .mvn .mvn
# (best effort: a plugin resolved only at package time is fetched then)
RUN chmod +x mvnw && (./mvnw -B -q dependency:go-offline || true)
# The rest of the repository (.dockerignore keeps target, data, node_modules and .git out);
# processes/ and forms/ are optional, so they are not named one by one.
COPY . .
RUN chmod +x mvnw && ./mvnw -B -DskipTests package \
 && cp target/casedesk-*.jar /src/casedesk.jar

# --- run: a JRE as a non-root user ----------------------------------------------------------
FROM eclipse-temurin:17-jre
# curl for the container health check in docker-compose.yml.
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/* \
 && groupadd --system casedesk \
 && useradd --system --gid casedesk --home-dir /app --shell /usr/sbin/nologin casedesk
WORKDIR /app
COPY --from=build /src/casedesk.jar /app/casedesk.jar
RUN mkdir -p /app/data && chown -R casedesk:casedesk /app
USER casedesk
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/casedesk.jar"]
