setInterval(() => console.log('worker tick'), 60_000);
